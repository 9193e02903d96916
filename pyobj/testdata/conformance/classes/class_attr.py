class A:
    n = 1
a = A()
print(a.n, A.n)
a.n = 5
print(a.n, A.n)
