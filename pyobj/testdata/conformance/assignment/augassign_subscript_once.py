calls = []
def idx():
    calls.append("idx")
    return 0
d = [10]
d[idx()] += 5
print(d, calls)
class C:
    def __init__(self): self.n = 1
def get(c):
    calls.append("get")
    return c
c = C()
get(c).n *= 7
print(c.n, calls)
