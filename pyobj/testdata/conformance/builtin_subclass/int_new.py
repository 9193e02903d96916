class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super(Pos, cls).__new__(cls, v)
print(Pos(3) + 1)
Pos(-1)
