class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return '$' + str(self.v) + spec
print(format(Money(5), 'x'))
