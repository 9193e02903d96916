class NegativeError(ValueError):
    pass
def sqrt(x):
    if x < 0:
        raise NegativeError('negative: ' + str(x))
    return x
try:
    sqrt(-4)
except ValueError as e:
    print(type(e).__name__, e)
