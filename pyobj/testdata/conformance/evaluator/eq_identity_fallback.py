# == and != fall back to identity when neither side has __eq__ / __ne__
# (functions, modules, builtins, exceptions), never to a TypeError.
import sys, math
def f(): pass
def g(): pass
print(f == f, f == g, f != f, f != g)
print(sys == sys, sys != sys, sys == math, sys != math)
print(len == len, len == abs, len != len, print != abs)
e = ValueError("x")
print(e == e, e == ValueError("x"), e != e, e != ValueError("x"))
print([f, sys] == [f, sys], [f] == [g], [f] != [g], (f, len) == (f, len))
print(f in [g, f], g in [f], [f, g].index(g), [f, g, f].count(f))
print({f: 1}[f], {sys: 2}.get(math))
# a type with __eq__ and no __ne__ answers != by inverting __eq__
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, A) and self.v == o.v
print(A(1) == A(1), A(1) != A(1), A(1) != A(2), A(1) == f, A(1) != f)
# an __eq__ that raises TypeError is not taken for a missing one
class B:
    def __eq__(self, o): raise TypeError("B cannot compare")
try:
    B() == f
except TypeError as e:
    print("TypeError", e)
try:
    [B()] == [B()]
except TypeError as e:
    print("TypeError", e)
b = B()
print([b] == [b], b in [b])
# ints and floats compare exactly inside containers too
big = 2**53 + 1
print(big == float(2**53), [big] == [float(2**53)], big in [float(2**53)])
print({float(2**53): "f"}.get(big), [float(2**53)].count(big))
try:
    [float(2**53)].index(big)
except ValueError as e:
    print("ValueError", e)
print((big,) == (float(2**53),), (2**53,) == (float(2**53),))
