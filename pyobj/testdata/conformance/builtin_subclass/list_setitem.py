class L(list): pass
l = L([1, 2])
l[0] = 9
del l[1]
print(l)
