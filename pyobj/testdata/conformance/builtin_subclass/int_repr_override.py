class Hex(int):
    def __repr__(self):
        return 'Hex(' + str(int(self)) + ')'
print(repr(Hex(255)), Hex(3) + 1)
