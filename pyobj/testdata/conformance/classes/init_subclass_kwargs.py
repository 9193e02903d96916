class Base:
    def __init_subclass__(cls, tag='none', **kw):
        cls.tag = tag
class A(Base, tag='x'):
    pass
class B(Base):
    pass
print(A.tag, B.tag)
