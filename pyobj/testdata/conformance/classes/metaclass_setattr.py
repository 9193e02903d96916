# A metaclass __setattr__ that guards some names and delegates the rest
# to type, by type.__setattr__ and by super().
class Guarded(type):
    def __setattr__(cls, name, value):
        if name == 'frozen':
            raise AttributeError('cannot reassign ' + name)
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        print('del', name)
        type.__delattr__(cls, name)


class A(metaclass=Guarded):
    frozen = 1


A.x = 2
print(A.x, A.frozen)
try:
    A.frozen = 3
except AttributeError as e:
    print('AttributeError', e)
del A.x
print(hasattr(A, 'x'))


class Logged(type):
    def __setattr__(cls, name, value):
        print('set', cls.__name__, name, value)
        super(Logged, cls).__setattr__(name, value)


class B(metaclass=Logged):
    pass


B.y = 5
print(B.y, type.__repr__(B))
