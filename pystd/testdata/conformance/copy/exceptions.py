# Exceptions copied (copy.copy, copy.deepcopy) through CPython's __reduce_ex__,
# with their attributes: set at module level, with setattr, and as notes;
# their __dict__, vars() and __reduce__ (OSError gives its file names back).
import copy
e = ValueError('x', 2)
e.note = 'n'
c = copy.copy(e)
print(repr(c), c.args, c.note, c is e)
d = copy.deepcopy(e)
print(repr(d), d.note)
print(e.__dict__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
m = copy.deepcopy(MyErr(3))
print(repr(m), m.code)
print(copy.copy(OSError(2, 'x', 'f')).filename, repr(copy.deepcopy(KeyError('k'))))
e = ValueError('a')
e.add_note('n')
print(e.__dict__, copy.copy(e).__notes__)
print(ValueError('x').__reduce__(), OSError(2, 'x').__reduce__(), OSError(2,'x','f','g','h').__reduce__(), KeyError().__reduce__())
print(vars(e))
