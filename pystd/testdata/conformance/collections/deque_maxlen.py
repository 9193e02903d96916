from collections import deque

d = deque(maxlen=3)
for i in range(5):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
d.extend('xy')
print(d)
d.extendleft([10, 20])
print(d)
print(deque([1, 2, 3], 2), deque(maxlen=0))
try:
    d.insert(0, 5)
except IndexError as e:
    print('IndexError', e)
try:
    deque([], maxlen=-1)
except ValueError as e:
    print('ValueError', e)
last = deque(maxlen=2)
for line in ['a', 'b', 'c', 'd']:
    last.append(line)
print(list(last), d.copy(), repr(deque()))
e = deque([1])
e.append(e)
print(e)
