a = 5
b = 2 + 3
print(a == b, a + b, -a, a * -1, a // -2, a % -2)
lst = [i * i for i in range(-5, 6)]
print(lst)
print(sum(range(100000)))
