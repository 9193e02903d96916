# A __hash__ result that fits in 64 bits is the hash as it is; -1 becomes
# -2; a bigger int is reduced as hash(int) does.
class Named:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)


class Fixed:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print(hash(Named('RED')) == hash('RED'))
print(hash(Fixed(-1)), hash(Fixed(2 ** 62)), hash(Fixed(-2 ** 63)))
print(hash(Fixed(2 ** 64)) == hash(2 ** 64), hash(Fixed(2 ** 63)) == hash(2 ** 63))
