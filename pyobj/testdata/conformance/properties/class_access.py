class C:
    @property
    def v(self):
        """The v."""
        return 1
print(type(C.v).__name__, C.v.__doc__)
