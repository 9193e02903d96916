class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(e)
