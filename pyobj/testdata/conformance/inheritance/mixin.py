class JsonMixin:
    def to_dict(self):
        return sorted(vars(self))
class P(JsonMixin):
    def __init__(self):
        self.b = 2
        self.a = 1
print(P().to_dict())
