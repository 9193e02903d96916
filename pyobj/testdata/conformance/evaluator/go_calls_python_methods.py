class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 3)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K({self.v})"
ks = [K(5), K(2), K(8), K(2)]
print(sorted(ks), min(ks), max(ks), K(2) in ks, ks.index(K(8)), ks.count(K(2)))
print(len(set(ks)), {K(1): "a", K(4): "b"}[K(4)])
print(sorted(ks, key=lambda k: -k.v, reverse=True))
