# Truth and equality asked by the runtime rather than the evaluator: match
# value patterns (== with identity fallback, exact int/float), the truth of
# what __eq__, __contains__, __instancecheck__ and __subclasscheck__ return
# and of a bytes subclass's value (b'' is false), and __suppress_context__,
# which takes only a bool.
import sys, math
class NS:
    f = len
    m = math
    big = float(2**53)
for s in [len, abs, sys, math, 2**53 + 1, 2**53]:
    match s:
        case NS.f:
            print("len")
        case NS.m:
            print("math")
        case NS.big:
            print("float 2**53")
        case _:
            print("other")
class Weird:
    def __eq__(self, o): return b""
match Weird():
    case 1:
        print("matched 1")
    case _:
        print("no match")
class Obj:
    def __contains__(self, x): return b""
print(1 in Obj(), 1 not in Obj())
class B(bytes): pass
print(bool(B(b"")), bool(B(b"x")))
class Meta(type):
    def __instancecheck__(cls, o): return b""
    def __subclasscheck__(cls, o): return b""
class K(metaclass=Meta): pass
print(isinstance(1, K), issubclass(int, K))
class N:
    def __eq__(self, o): return b""
print(N() != N())
e = ValueError()
try:
    e.__suppress_context__ = b""
except TypeError as x:
    print("TypeError", x)
print(e.__suppress_context__)
for v in [True, 1, None, False]:
    try:
        e.__suppress_context__ = v
        print(v, e.__suppress_context__)
    except TypeError as x:
        print(v, "TypeError", x)
