class A:
    def __hash__(self):
        return 42
class B(A):
    def __eq__(self, o):
        return False
print(B.__hash__ is None)
