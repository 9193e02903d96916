class C:
    def __init__(self, x): self.x = x
try:
    C()
except TypeError as e:
    print(e)
try:
    C(1, 2)
except TypeError as e:
    print(e)
