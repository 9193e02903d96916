x = "global"
def f():
    x = "enclosing"
    class C:
        print(x)
        x = "class"
        print(x)
    return C.x
print(f())
