len = lambda x: "shadowed"
def f():
    return len([1, 2])
print(f())
del len
print(f())
