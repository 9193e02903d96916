data = [3, 1, 4, 1, 5]
i = 0
while (v := data[i]) != 5:
    i += 1
print(i, v)
for k in range(3):
    print(k, end=" ")
    k = 100
print()
lst = [1, 2, 3]
for x in lst:
    x *= 10
print(lst)
it = iter(range(10))
for a in it:
    if a % 3 == 0:
        next(it, None)
    print(a, end=",")
print()
