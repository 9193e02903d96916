cases = [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, NotImplementedError, ModuleNotFoundError, TimeoutError]
for cls in cases:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-1]])
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    {}["k"]
except LookupError as e:
    print("LookupError", repr(e))
