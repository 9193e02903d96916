class E(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = E(1, 2)
print(e.args, e.a, e.b, str(e))
