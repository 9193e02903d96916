# __main__'s globals hold the builtins module as __builtins__, as
# CPython's (and IPython's user namespace) do; a namespace exec() gets
# holds the builtins' dict instead.
import builtins
print(__builtins__)
print(__builtins__ is builtins, type(__builtins__).__name__, __builtins__.__name__)
print(__builtins__.len([1, 2]), getattr(__builtins__, "print") is print)
print("__builtins__" in globals(), globals()["__builtins__"] is builtins)
print(__builtins__.__dict__["abs"] is abs, hasattr(__builtins__, "no_such_builtin"))
def f():
    return __builtins__
print(f() is builtins)
g = {}
exec("x = 1", g)
print(type(g["__builtins__"]).__name__, g["__builtins__"]["len"] is len, g["x"])
