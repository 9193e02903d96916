# AttributeError gets the name and obj of the failed read, NameError the
# missing name, as CPython 3.11 sets them (whichever code raised it).
import os
try:
    getattr([], "nope")
except AttributeError as a:
    print(a.name, a.obj)
class P:
    @property
    def x(self):
        raise AttributeError("inner")
try:
    P().x
except AttributeError as a:
    print(a, a.name, type(a.obj).__name__)
try:
    getattr(P(), "x")
except AttributeError as a:
    print(a, a.name, type(a.obj).__name__)
try:
    os.nosuch
except AttributeError as a:
    print(a, a.name, a.obj is os)
try:
    (1).nosuch
except AttributeError as a:
    print(a, a.name, a.obj)
try:
    undefined_q
except NameError as n:
    print(n, n.name)
def f():
    return undefined_r
try:
    f()
except NameError as n:
    print(n, n.name)
e = AttributeError("own")
print(e.name, e.obj)
