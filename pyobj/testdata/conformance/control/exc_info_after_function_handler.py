import sys
def f():
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[0].__name__
print(f())
print(sys.exc_info())
