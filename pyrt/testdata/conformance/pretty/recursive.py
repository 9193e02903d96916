a = [1, 2]
a.append(a)
show(a)
