d = dict([(1, 'a')])
print(d.get(1), d.get(2), d.get(2, 'z'))
