class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
class Duck(metaclass=Meta):
    pass
class Thing:
    def quack(self):
        pass
print(isinstance(Thing(), Duck), isinstance(1, Duck))
