d = dict([(1, 'a'), (2, 'b')])
print(d.popitem(), d)
