class C:
    @property
    def v(self):
        return 1
C().v = 2
