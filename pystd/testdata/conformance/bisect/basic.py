import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
print(a)
bisect.insort_left(a, 4)
print(a)
words = ['apple', 'fig', 'banana']
words.sort(key=len)
bisect.insort(words, 'kiwi', key=len)
print(words)
print(bisect.bisect_left(a, 0, 2))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError:', e)
