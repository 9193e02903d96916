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


# the middle function declares nonlocal itself and has cell variables
def acc():
    total = 0
    def add(v):
        nonlocal total
        total += v
        items = [v, total]
        return [lambda: items[i] for i in range(2)]
    add(5)
    fs = add(7)
    return total, [f() for f in fs]
print(acc())

# three levels
def top():
    hits = []
    count = 0
    def a():
        k = 1
        def b():
            def c():
                nonlocal count
                count = count + k
                hits.append(count)
            c()
            c()
        b()
        return [x * k for x in hits]
    return a(), count
print(top())

# a decorator counting calls
def counted(label):
    calls = 0
    def deco(fn):
        def wrapper(*args):
            nonlocal calls
            calls += 1
            return '%s#%d: %s' % (label, calls, fn(*args))
        return wrapper
    return deco

@counted('sq')
def sq(x):
    return x * x
print(sq(2), sq(3))
