class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a)
def f():
    with CM():
        return "returned"
print(f())
