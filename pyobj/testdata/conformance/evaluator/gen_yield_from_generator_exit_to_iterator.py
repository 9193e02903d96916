class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("It.close called")
def outer():
    yield from It()
g = outer()
next(g)
g.close()
print("done")
