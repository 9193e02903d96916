def a():
    yield 1
    try:
        raise ValueError("in try")
    finally:
        print("a finally")
    yield "a resumed"
def b():
    yield 1
    try:
        raise ValueError("in try")
    except ValueError:
        raise KeyError("from except")
    yield "b resumed"
def inner():
    yield 1
    raise ValueError("inner")
def c():
    yield from inner()
    yield "c resumed"
def d():
    for i in range(3):
        yield i
        if i == 1:
            raise ValueError("loop")
    yield "d resumed"
for gen in (a, b, c, d):
    it = gen()
    vals = []
    for _ in range(4):
        try:
            vals.append(next(it))
        except StopIteration:
            vals.append("stop")
        except Exception as e:
            vals.append(type(e).__name__ + ": " + str(e))
    print(gen.__name__, vals)
