def exc(cls):
    print("evaluating", cls.__name__)
    return cls
try:
    pass
except exc(ValueError):
    pass
try:
    raise KeyError
except exc(ValueError):
    print("wrong")
except exc(KeyError):
    print("caught KeyError")
except exc(IndexError):
    print("never")
