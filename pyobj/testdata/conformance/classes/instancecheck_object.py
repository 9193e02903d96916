# isinstance and issubclass ask any object whose class defines
# __instancecheck__ / __subclasscheck__, not only classes.
class Alias(object):
    def __init__(self, origin):
        self.origin = origin

    def __instancecheck__(self, obj):
        return isinstance(obj, self.origin)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.origin)


ListLike = Alias(list)
print(isinstance([1], ListLike), isinstance((1,), ListLike), isinstance([], (int, ListLike)))
print(issubclass(list, ListLike), issubclass(dict, ListLike))


class Plain(object):
    pass


try:
    isinstance(1, Plain())
except TypeError as e:
    print('TypeError', e)
