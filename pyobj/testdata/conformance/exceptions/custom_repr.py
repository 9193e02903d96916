class MyError(Exception):
    pass
print(repr(MyError('x')), repr(MyError('a', 1)), repr(MyError()))
