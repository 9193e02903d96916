class P:
    def __init__(self): self.x = 0
p = P()
for i in range(1000):
    p.x += i
    if i == 500:
        P.x = "class attr is shadowed"
print(p.x, P.x)
class Q:
    count = 0
q = Q()
for i in range(5):
    q.count += 1
print(q.count, Q.count)
