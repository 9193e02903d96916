class MyError(Exception):
    pass
print(str(MyError('x')), str(MyError('a', 1)), '[' + str(MyError()) + ']')
