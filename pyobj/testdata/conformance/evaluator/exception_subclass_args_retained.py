class E(Exception): pass
def noise(*a): return a
errs = [E(i, str(i)) for i in range(3)]
for i in range(10):
    noise(i, i, i, i)
print([e.args for e in errs])
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
fs = [F(i, -i) for i in range(3)]
noise(9, 9, 9)
print([f.args for f in fs])
