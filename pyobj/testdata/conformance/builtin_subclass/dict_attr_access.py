class AttrDict(dict):
    def __getattr__(self, k):
        return self[k]
a = AttrDict()
a['x'] = 5
print(a.x)
