class CM:
    def __init__(self, i): self.i = i
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", self.i)
for i in range(4):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
print("end", i)
