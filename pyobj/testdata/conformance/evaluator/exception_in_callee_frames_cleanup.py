def inner(x):
    if x % 3 == 0:
        raise ValueError(x)
    return x
def outer(x):
    y = inner(x)
    return y + 1
total = 0
for i in range(20):
    try:
        total += outer(i)
    except ValueError:
        total -= 100
print(total)
