n = 0
out = []
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    out.append(n)
print(out, n)
