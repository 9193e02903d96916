class Ten:
    def __get__(self, obj, owner):
        return 10
class A:
    x = Ten()
print(A().x, A.x)
