def pair():
    v = 0
    def get(): return v
    def set(n):
        nonlocal v
        v = n
    return get, set
get, set_ = pair()
set_(7)
print(get())
