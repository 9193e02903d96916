a = set([1, 2])
b = set([1, 2, 3])
print(a <= b, a < b, b >= a, b > a, a < a, a.issubset(b), b.issuperset(a))
