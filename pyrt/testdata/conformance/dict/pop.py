d = dict([(1, 'a'), (2, 'b')])
print(d.pop(1), d.pop(9, 'x'), d)
