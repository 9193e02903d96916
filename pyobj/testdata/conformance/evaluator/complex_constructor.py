# complex() as CPython 3.11: strings (parentheses, j alone, inf/nan, underscores
# between digits, malformed ones), two complex arguments, bools, big ints,
# __complex__, __float__ and __index__, the argument errors, signed zeros,
# keywords, and a complex subclass.
cases = [(1+2j,), ("1+2j",), (1, 2), (1j, 1j), (), (2.5,), ("3",), (True,), (True, False),
         (" ( 1.5e3-2.5E-2J ) ",), ("j",), ("-J",), ("+j",), ("1+j",), ("1-j",), ("infj",), ("-inf+nanj",),
         ("1_0j",), ("1__0j",), ("_1j",), ("1j_",), ("(1_0)",), ("1_0+x",), ("1 + 2j",), ("",), ("()",), ("(1",), ("1e",), ("1e5j",), (".5j",), ("5.j",),
         ("1+2",), ("1+-2j",), ("jj",), ("1j+2",), (2**100, 1), (1, 2**2000), ([],), (1, []), ("1", 2), (1, "2"),
         (-0.0,), (complex(-0.0, -0.0),), (complex(-0.0, -0.0), 0.0), (0.0, -0.0), (1j, 2), (2, 1j)]
for a in cases:
    try:
        print(a, repr(complex(*a)))
    except (TypeError, ValueError, OverflowError) as e:
        print(a, type(e).__name__, e)
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Bad:
    def __complex__(self): return 1.0
for o in [C(), F(), I(), Bad()]:
    try:
        print(type(o).__name__, complex(o))
    except TypeError as e:
        print(type(o).__name__, "TypeError", e)
print(complex(real=1, imag=2), complex(imag=3))
class Y(complex):
    pass
y = Y(1+2j)
print(y, type(y).__name__, y + 1, abs(Y(3+4j)), isinstance(y, complex), Y("3+4j"), Y(1, 2))
