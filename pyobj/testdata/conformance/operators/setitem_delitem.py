class M:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __getitem__(self, k):
        return self.d[k]
m = M()
m['a'] = 1
print(m['a'])
del m['a']
print(len(m.d))
