class A:
    def f(self):
        return 'A'
class B(A):
    def f(self):
        return 'B'
print(A().f(), B().f())
