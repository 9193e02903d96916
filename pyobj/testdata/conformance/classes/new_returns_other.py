class A:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(A())
