class Single(type):
    _instances = {}
    def __call__(cls, *args):
        if cls.__name__ not in Single._instances:
            Single._instances[cls.__name__] = super(Single, cls).__call__(*args)
        return Single._instances[cls.__name__]
class Conf(metaclass=Single):
    def __init__(self):
        print('init once')
print(Conf() is Conf())
