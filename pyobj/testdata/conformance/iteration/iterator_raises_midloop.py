class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise KeyError("mid")
        return self.i
try:
    for x in It():
        print(x)
except KeyError as e:
    print("KeyError", e)
