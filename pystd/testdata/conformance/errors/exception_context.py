# Implicit chaining (__context__), raise from (__cause__, from None and
# __suppress_context__), sys.exc_info() and sys.exception() in handlers and in
# functions called from them, __traceback__ of a caught exception.
def f():
    raise KeyError('k')
try:
    1/0
except ZeroDivisionError as e:
    try:
        f()
    except KeyError as k:
        print(repr(k.__context__), k.__suppress_context__)
try:
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)
try:
    try:
        int('x')
    except ValueError:
        raise RuntimeError('hidden') from None
except RuntimeError as r:
    print(r.__cause__, repr(r.__context__), r.__suppress_context__)
import sys
print(sys.exc_info(), sys.exception())
def g():
    try:
        {}['a']
    except KeyError:
        raise TypeError('in handler')
try:
    g()
except TypeError as t:
    print(repr(t.__context__), t.__traceback__ is not None)
try:
    1/0
except ZeroDivisionError:
    def h():
        return sys.exc_info()[0].__name__
    print(h(), sys.exception())
print(sys.exc_info())
