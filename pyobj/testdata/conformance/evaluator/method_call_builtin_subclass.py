class L(list):
    def total(self, k): return sum(self) * k
l = L([1, 2, 3])
l.append(4)
print(l.total(2), l.count(1), len(l))
class S(str):
    def shout(self): return self.upper() + "!"
print(S("hi").shout(), S("a,b").split(","))
