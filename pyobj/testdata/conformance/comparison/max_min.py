class P:
    def __init__(self, x):
        self.x = x
    def __lt__(self, o):
        return self.x < o.x
    def __gt__(self, o):
        return self.x > o.x
print(max([P(3), P(7), P(5)]).x, min([P(3), P(7), P(5)]).x)
