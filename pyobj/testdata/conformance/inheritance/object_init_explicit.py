class A:
    def __init__(self):
        object.__init__(self)
        self.ok = True
print(A().ok)
