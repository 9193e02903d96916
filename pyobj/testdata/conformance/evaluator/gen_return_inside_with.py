class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
def g():
    with CM():
        yield 1
        return "r"
    yield "never"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop")
