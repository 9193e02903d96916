def deco(cls):
    cls.extra = "added"
    return cls
@deco
class C:
    def who(self):
        return __class__.__name__
    def sup(self):
        return super().__repr__ is not None
print(C.extra, C().who(), C().sup())
