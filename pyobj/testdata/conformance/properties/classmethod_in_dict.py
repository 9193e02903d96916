class A:
    @classmethod
    def f(cls):
        return 1
print(type(A.__dict__['f']).__name__)
