class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
print(not T(1), not T(0))
if T(5):
    print('yes')
if not T(-1):
    print('no')
