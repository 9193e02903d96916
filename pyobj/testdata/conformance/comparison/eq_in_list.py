class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
ps = [P(1), P(2)]
print(P(2) in ps, ps.index(P(2)), ps.count(P(1)))
