def is_balanced(text: str) -> bool:
    s = "".join(ch for ch in text if ch in "()[]{}")
    # delete innermost pairs until nothing changes: one layer per pass, O(n^2) when deeply nested
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
