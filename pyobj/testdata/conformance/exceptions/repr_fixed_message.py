# BaseException.__repr__ called directly (as a subclass's super().__repr__()
# does) shows CPython's message, as repr(e) does, not gpython's.
try:
    1 < 'a'
except TypeError as e:
    print(repr(e))
    print(BaseException.__repr__(e))
    print(str(e) == BaseException.__str__(e))
