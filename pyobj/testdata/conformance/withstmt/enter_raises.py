class CM:
    def __enter__(self):
        raise RuntimeError("in enter")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with CM():
        print("body should not run")
except RuntimeError as e:
    print("caught", e)
