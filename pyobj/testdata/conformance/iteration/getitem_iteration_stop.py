class S:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i
print(list(S()))
class K:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i
try:
    list(K())
except KeyError as e:
    print("KeyError", e)
