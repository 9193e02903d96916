class CM:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as x:
    print("body", x)
    raise ValueError("boom")
print("after")
