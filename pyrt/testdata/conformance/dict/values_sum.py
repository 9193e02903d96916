d = dict([('x', 1), ('y', 2)])
print(sum(d.values()), max(d.values()), min(d))
