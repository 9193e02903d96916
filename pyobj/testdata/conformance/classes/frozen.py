class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, k, v):
        raise AttributeError('frozen')
f = Frozen(3)
print(f.v)
f.v = 4
