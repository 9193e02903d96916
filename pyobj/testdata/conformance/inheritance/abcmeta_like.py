class ABCLike(type):
    def __call__(cls, *a, **k):
        for n in getattr(cls, '__abstract__', []):
            if n not in cls.__dict__:
                raise TypeError("Can't instantiate abstract class " + cls.__name__)
        return super(ABCLike, cls).__call__(*a, **k)
class Base(metaclass=ABCLike):
    __abstract__ = ['run']
class Good(Base):
    def run(self):
        return 'ran'
print(Good().run())
Base()
