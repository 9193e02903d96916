# Iterating bytes yields ints; gpython's bytes cannot be iterated or
# measured, so loops and comprehensions go through nbcheck's runtime.
data = 'héllo'.encode()
print(len(data), len(b''), data)
for c in data:
    print(c, end=' ')
print()
for c in b'ok':
    print(chr(c), end='')
print()
print([c for c in data if c > 127], {c % 3 for c in b'abc'}, list(data), tuple(b'xy'))
total = 0
for i, c in [(0, b'a'), (1, b'bc')]:
    total += len(c)
print(total)
