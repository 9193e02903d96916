d = dict([(3, 'c'), (1, 'a')])
print(list(d), list(d.items()), tuple(d.values()))
