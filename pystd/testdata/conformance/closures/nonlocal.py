# C-FREEVAR: nonlocal through a function that has cell variables
# nonlocal two levels up
def counter():
    n = 0
    def mid():
        step = 2
        def inner():
            nonlocal n
            n += step
            return n
        return inner
    return mid()
c = counter()
print(c(), c(), c())

def outer():
    x = 1
    def mid():
        y = 10
        def inner():
            nonlocal x
            x += y
        inner()
        return x
    return mid()
print(outer())

