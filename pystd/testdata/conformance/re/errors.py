import re

bad = ['a(b', 'a)b', '*a', 'a**', '[a-', '[z-a]', r'\q', '(?P<1>a)', '(?P<n>a)(?P<n>b)',
       '(?P=x)', '(?<n>a)', 'a{3,2}', '(?z)', r'\1(a)', '(?', 'a|*', r'[\d-z]', r'\x1', 'a(?i)b', '((a)']
for pat in bad:
    try:
        re.compile(pat)
        print(pat, 'ok')
    except re.error as e:
        print(repr(pat), '->', type(e).__name__, e, '|', e.msg, e.pos)
try:
    re.compile('a\n(b', re.X)
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(type(e).__name__, e)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print(type(e).__name__, e)
try:
    re.sub('(a)', r'\q', 'a')
except re.error as e:
    print(type(e).__name__, e)
try:
    re.search('a', b'abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.search(b'a', 'abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.search('a', 5)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
