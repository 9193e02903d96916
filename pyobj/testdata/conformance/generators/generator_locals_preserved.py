def counter(start):
    n = start
    while n < start + 3:
        yield n
        n += 1
a, b = counter(0), counter(10)
print(next(a), next(b), next(a), next(b), next(a))
