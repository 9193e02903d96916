class Upper(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k.upper())
u = Upper()
u['A'] = 1
print(u['a'])
