class Default(dict):
    def __missing__(self, key):
        return 'default-' + key
d = Default()
d['x'] = 'set'
print(d['x'], d['y'])
