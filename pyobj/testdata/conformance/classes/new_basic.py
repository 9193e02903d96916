class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super(A, cls).__new__(cls)
    def __init__(self, x):
        print('init', x)
A(5)
