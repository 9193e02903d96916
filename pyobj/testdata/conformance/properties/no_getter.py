class C:
    def _set(self, v):
        pass
    v = property(None, _set)
C().v
