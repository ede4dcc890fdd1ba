# Builds the tree correctly but measures it recursively: a 30,000-node path
# goes past Python's recursion limit.
from collections import deque


class Node:
    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def build(nodes):
    if not nodes:
        return None
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


def depth(node):
    if node is None:
        return 0
    return 1 + max(depth(node.left), depth(node.right))


def tree_depth(nodes):
    return depth(build(nodes))
