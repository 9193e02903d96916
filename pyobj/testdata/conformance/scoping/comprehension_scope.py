x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(2)])
print({k: y for k in "ab"})
print(sorted({y * i for i in range(3)}))
