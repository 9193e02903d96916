class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 2:
            raise KeyError("inner")
        if self.i > 3:
            raise StopIteration
        return self.i
try:
    print([(a, b) for a in range(2) for b in It()])
except KeyError as e:
    print("KeyError", e)
def bad(x):
    raise ValueError(x)
try:
    print([y for x in range(2) for y in bad(x)])
except ValueError as e:
    print("ValueError", e)
try:
    print([y for x in [[1], 5] for y in x])
except TypeError as e:
    print("TypeError", e)
