d = dict([(1, 'a'), (2, 'b'), (3, 'c')])
print(list(reversed(d)))
