import sys
# re-raising the handled exception does not make it its own context
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self context:", e.__context__)
# context cycle is broken
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise a
except KeyError as e:
    print("cycle:", repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else None)
# context inside a generator resumed in a handler
def g():
    try:
        yield 1
        raise TypeError("in gen")
    except TypeError:
        yield sys.exc_info()[0].__name__
it = g()
next(it)
try:
    raise KeyError("outer")
except KeyError:
    print("gen sees:", next(it))
    print("after gen:", sys.exc_info()[0].__name__)
# exception raised in finally has context of the one in flight
def f():
    try:
        raise ValueError("first")
    finally:
        pass
try:
    try:
        f()
    finally:
        1 / 0
except ZeroDivisionError as e:
    print("finally context:", repr(e.__context__))
# exc_info cleared after the handler in a loop
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError:
        pass
    print("loop", i, sys.exc_info())
# with: exception in __exit__ during normal exit has no context
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("exit")
try:
    with CM():
        pass
except RuntimeError as e:
    print("exit context:", e.__context__)
