def make(v):
    def get():
        return v
    return get
fs = [make(i) for i in range(5)]
def noise(a, b, c):
    return a + b + c
for i in range(10):
    noise(i, i, i)
print([f() for f in fs])
