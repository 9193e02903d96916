def c():
    try:
        x = yield "c1"
        print("c got", x)
        y = yield "c2"
        print("c got", y)
    except KeyError as e:
        print("c caught", e)
        yield "c recovered"
    finally:
        print("c finally")
    return "c-ret"
def b():
    r = yield from c()
    print("b got return", r)
    return "b-ret"
def a():
    try:
        r = yield from b()
        print("a got return", r)
        yield "a-end"
    finally:
        print("a finally")
g = a()
print(next(g))
print(g.send("S1"))
print(g.throw(KeyError("K")))
print(next(g))
g.close()
print("--")
g = a()
next(g)
g.close()
print("--")
g = a()
next(g)
g.send(1)
print(g.send(2))
print(next(g, "exhausted"))
