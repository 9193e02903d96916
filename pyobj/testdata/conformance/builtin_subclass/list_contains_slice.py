class L(list): pass
l = L([1, 2, 3, 4])
print(3 in l, 9 in l, l[1:3], l.index(3))
