B = type('B', (), {'x': 5, 'f': lambda self: self.x * 2})
b = B()
print(b.x, b.f(), B.__name__, type(b) is B)
