def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def mutual_a(n):
    return n if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n)
print(mutual_a(900))
