class C:
    def __init__(self):
        self._v = 0
    def _get(self):
        return self._v
    def _set(self, v):
        print('setting', v)
        self._v = v
    v = property(_get, _set)
c = C()
c.v = 5
print(c.v)
