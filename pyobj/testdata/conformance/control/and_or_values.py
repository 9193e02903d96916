print(0 or "x", "" and 1, [] or [] or 0, 1 and 2 and 3, None or None, not [], not 0.0)
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1), t(2) or t(3))
print(1 if t([]) else 2)
