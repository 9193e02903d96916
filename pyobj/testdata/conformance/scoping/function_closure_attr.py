def outer():
    v = 7
    def inner(): return v
    return inner
f = outer()
print(f.__closure__[0].cell_contents)
print(outer.__closure__)
