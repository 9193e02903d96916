d = dict([('a', 1)])
print(d.items(), ('a', 1) in d.items(), ('a', 2) in d.items())
