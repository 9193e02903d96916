import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U)
print(repr(re.I | re.M), int(re.I | re.M), re.I | re.M == 10)
print(re.NOFLAG, int(re.DOTALL), re.VERBOSE.value)
print(re.findall('abc', 'ABC abc', re.I))
print(re.findall('^\\w+', 'one\ntwo\nthree', re.M))
print(re.findall('^\\w+', 'one\ntwo\nthree'))
print(re.findall('\\w+$', 'one\ntwo\nthree', re.MULTILINE))
print(re.search('a.b', 'a\nb', re.S))
p = re.compile(r'''
    (\d{3})   # area code
    [-\s]?    # separator
    (\d{4})   # number
''', re.VERBOSE)
print(p.findall('call 555-1234 or 555 9876'))
print(re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'\w+', 'naïve café'))
print(re.findall('(?i)hello', 'Hello HELLO'))
print(re.findall('(?i:h)ello', 'Hello HELLO hello'))
print(re.compile('(?im)^a').flags, re.compile('a', re.I | re.M).flags)
print(re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags)
print(re.search('(?s).+', 'a\nb'))
print(re.findall(r'(?x) a b  c # comment', 'abc'))
print(re.findall(r'[\d\s]+', 'a1 2b'))
print(re.findall(r'\d', '٣4'))
print(re.findall(r'\d', '٣4', re.ASCII))
print(re.findall(r'\s', 'a\u00a0b\tc'))
