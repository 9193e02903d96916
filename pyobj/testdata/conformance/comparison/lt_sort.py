class P:
    def __init__(self, x):
        self.x = x
    def __lt__(self, o):
        return self.x < o.x
    def __repr__(self):
        return 'P' + str(self.x)
print(sorted([P(3), P(1), P(2)]))
