class L(list): pass
l = L()
l.extend([1, 2])
l += [3]
print(l, type(l).__name__)
