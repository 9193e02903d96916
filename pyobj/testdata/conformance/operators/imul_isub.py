class C:
    def __init__(self):
        self.log = []
    def __isub__(self, o):
        self.log.append('isub')
        return self
    def __imul__(self, o):
        self.log.append('imul')
        return self
c = C()
c -= 1
c *= 2
print(c.log)
