def longest_run(ids: list[int]) -> int:
    present = set(ids)

    def block_length(x):
        end = x
        while end + 1 in present:
            end += 1
        return end - x + 1

    # max() of an empty generator raises ValueError when ids is empty
    return max(block_length(x) for x in present if x - 1 not in present)
