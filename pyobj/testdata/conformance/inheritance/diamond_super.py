class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super(B, self).who()
class C(A):
    def who(self):
        return ['C'] + super(C, self).who()
class D(B, C):
    def who(self):
        return ['D'] + super(D, self).who()
print(D().who())
