class A:
    def hi(self):
        return 'hi'
C = type('C', (A,), {})
print(C().hi(), C.__mro__)
