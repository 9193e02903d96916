class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        Base.registry.append(cls.__name__)
class A(Base):
    pass
class B(Base):
    pass
print(Base.registry)
