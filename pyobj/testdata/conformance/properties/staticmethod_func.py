class A:
    @staticmethod
    def f():
        return 'static'
print(A.f(), A().f(), type(A.__dict__['f']).__name__)
