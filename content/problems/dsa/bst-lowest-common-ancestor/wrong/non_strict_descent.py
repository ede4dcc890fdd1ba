# Descends with <= / >=, so when a target sits exactly on the current node
# it keeps walking instead of stopping there.
from collections import deque


class Node:
    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def build(nodes):
    root = Node(nodes[0])
    q, i = deque([root]), 1
    while q and i < len(nodes):
        n = q.popleft()
        if i < len(nodes) and nodes[i] is not None:
            n.left = Node(nodes[i]); q.append(n.left)
        i += 1
        if i < len(nodes) and nodes[i] is not None:
            n.right = Node(nodes[i]); q.append(n.right)
        i += 1
    return root


def bst_lca(nodes, a, b):
    node = build(nodes)
    last = node.val
    while node:
        last = node.val
        if a <= node.val and b <= node.val:
            node = node.left
        elif a >= node.val and b >= node.val:
            node = node.right
        else:
            return node.val
    return last
