class Meta(type):
    def __iter__(cls):
        return iter(cls.members)
    def __len__(cls):
        return len(cls.members)
class Color(metaclass=Meta):
    members = ['red', 'green']
print(list(Color), len(Color))
