class A:
    def __init__(self, v):
        if v < 0:
            raise ValueError('negative')
        self.v = v
try:
    A(-1)
except ValueError as e:
    print('init failed:', e)
