def g():
    for i in range(6):
        yield i
it = g()
for a in it:
    if a == 2:
        break
print([b for b in it])
