class C:
    @property
    def v(self):
        return self._v
    def _set(self, v):
        self._v = v + 1
    v = v.setter(_set)
c = C()
c.v = 1
print(c.v)
