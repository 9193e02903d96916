class O:
    def m(self, x): return ("m", x)
def g(o):
    r = o.m((yield "first"))
    yield r
    r2 = o.m(1 + (yield "second"))
    yield r2
it = g(O())
print(next(it))
print(it.send("sent"))
print(next(it))
print(it.send(41))
