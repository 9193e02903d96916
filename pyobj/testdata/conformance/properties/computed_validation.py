class Temp:
    def __init__(self, c):
        self.c = c
    def _get(self):
        return self._c
    def _set(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    c = property(_get, _set)
t = Temp(20)
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print('error:', e)
