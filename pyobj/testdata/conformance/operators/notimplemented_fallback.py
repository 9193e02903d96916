class A:
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return 'B.radd'
print(A() + B())
