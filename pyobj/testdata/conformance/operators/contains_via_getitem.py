class S:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in S(), 25 in S())
