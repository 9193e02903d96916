class C:
    def _get(self):
        return 1
    def _del(self):
        print('deleted')
    v = property(_get, None, _del)
c = C()
del c.v
