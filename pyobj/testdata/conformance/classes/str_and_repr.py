class A:
    def __repr__(self):
        return 'repr'
    def __str__(self):
        return 'str'
a = A()
print(a, str(a), repr(a), [a])
