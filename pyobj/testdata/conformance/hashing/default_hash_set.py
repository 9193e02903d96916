class A: pass
a = A()
s = set([a, a])
print(len(s), a in s)
