# Splits on "a <= node <= b", silently assuming the first target is the smaller one.
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
    while node:
        if a <= node.val <= b:
            return node.val
        node = node.left if b < node.val else node.right
    return None
