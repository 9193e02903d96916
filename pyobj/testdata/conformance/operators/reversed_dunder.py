class R:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(R())))
