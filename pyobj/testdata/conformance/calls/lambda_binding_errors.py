f = lambda a, b: a
try:
    f(1)
except TypeError as e:
    print(e)
