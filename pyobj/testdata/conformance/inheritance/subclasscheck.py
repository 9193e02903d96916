class Meta(type):
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'run')
class Runnable(metaclass=Meta):
    pass
class Job:
    def run(self):
        pass
print(issubclass(Job, Runnable), issubclass(int, Runnable))
