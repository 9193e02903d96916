d = dict([(5, 0), (1, 0)])
print(set(d), set(d.items()))
