def deco(cls):
    cls.tagged = True
    return cls
@deco
class A:
    pass
print(A.tagged)
