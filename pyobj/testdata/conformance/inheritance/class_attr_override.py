class A:
    kind = 'a'
    def describe(self):
        return self.kind
class B(A):
    kind = 'b'
print(A().describe(), B().describe())
