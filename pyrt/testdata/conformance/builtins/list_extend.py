a = [1]
a.extend((2, 3))
a.extend(range(4, 6))
a.extend('ab')
print(a)
