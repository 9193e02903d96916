# sys functions gpython left raising NotImplementedError: getsizeof (of the
# objects whose size CPython fixes), intern, the switch interval, call_tracing,
# the encodings, trace and profile switches off.
import sys
for a in [(), (5,), ('a', 'b')]:
    try:
        print(sys.intern(*a))
    except Exception as e:
        print(type(e).__name__, e)
for a in [(0,), (-1,), ('x',), ()]:
    try:
        print(sys.setswitchinterval(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
print(sys.call_tracing(max, (1, 2)))
try:
    sys.call_tracing(max, [1, 2])
except Exception as e:
    print(type(e).__name__, e)
for a in [(), (1, 2, 3)]:
    try:
        sys.getsizeof(*a)
    except Exception as e:
        print(type(e).__name__, e)
class S:
    def __sizeof__(self):
        return 100
class N:
    def __sizeof__(self):
        return -1
class T:
    def __sizeof__(self):
        return 'x'
print(sys.getsizeof(S()))
for o in [N(), T()]:
    try:
        print(sys.getsizeof(o))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof(T(), 7))
print(sys.getsizeof(3.0), sys.getsizeof(''.join(['a', 'b'])), sys.getsizeof(2**1000), sys.getsizeof(-2**64), sys.getsizeof(False))
print(sys.getsizeof('x' * 100), sys.getsizeof('é' * 10), sys.getsizeof('€' * 3), sys.getsizeof('😀a'), sys.getsizeof(b'x' * 7), sys.getsizeof((None,) * 5))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None), sys._clear_type_cache())
for v in [0, 1, 2**30, 2**62, 2**100, -1, True, 1.5, 1j, '', 'a', 'abc', 'é', '€', '😀', b'', b'abc', (), (1, 2), None, range(10)]:
    print(repr(v), sys.getsizeof(v))
