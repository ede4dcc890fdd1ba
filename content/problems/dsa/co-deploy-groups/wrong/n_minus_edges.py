# "Every edge merges two groups": true only for a forest without repeated pairs.
def count_deploy_groups(n, pairs):
    return n - len(pairs)
