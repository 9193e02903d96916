from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d[0], d[-1], 7 in d, d.count(7), d.index(7))
d[0] = 'z'
del d[1]
print(d, list(reversed(d)))
d.reverse()
print(d)
d.clear()
print(d, bool(d))
print(deque('abc') == deque('abc'), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
          lambda: deque([1, 2])[0:1], lambda: deque([1]).index(5),
          lambda: deque([1]).remove(5), lambda: deque([1]) + [2]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
