class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__, str(v))
        return True
with CM():
    raise ValueError('oops')
print('after')
