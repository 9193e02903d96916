class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._t, p.count(1))
