class CM:
    def __enter__(self): return self
    def __exit__(self, *args):
        print("exit args", args)
with CM():
    pass
