import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)')
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a+'), re.compile('a', re.I), re.compile('a', re.I | re.M | re.S))
print(re.compile(b'ab+'), re.compile(b'a', re.I), re.compile('a', re.A))
print(repr(re.compile("it's")))
print(re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'))
print(re.compile(p) is p)
m = p.search('on 2024-03-15')
print(m.groupdict(), m['year'], m.group('month'), m.span('month'))
print(m.lastgroup, m.lastindex, m.regs)
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('-'))
print(re.match(r'(?P<a>a)(?P<b>b)?', 'a').groupdict(), re.match(r'(?P<a>a)(?P<b>b)?', 'a').groupdict(0))
print(re.match(r'(a)(b)?', 'a').span(2), re.match(r'(a)(b)?', 'a').start(2))
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'a', 'a').lastindex)
m = re.search('x+', 'y' + 'x' * 60)
print(m)
print(re.search('\n', 'a\nb'))
for bad in [3, 'x', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
print(isinstance(p, re.Pattern), isinstance(m, re.Match), type(p).__name__, type(m).__name__)
