import re

text = 'The rain in Spain stays mainly in the plain'
print(re.findall(r'ai', text))
print(re.findall(r'\b\w*ain\b', text))
print(re.findall(r'(\w+)ain', text))
print(re.findall(r'(\w)(ai)(n)', text))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall(r'x*', 'axb'))
print(re.findall(r'\d*', '12a3'))
print(re.findall(r'', 'abc'))
print(re.findall(r'[A-Z]\w+', text))
for m in re.finditer(r'\w+ly', 'He was carefully disguised but captured quickly by police.'):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
print([m.span() for m in re.finditer(r'a*', 'baaac')])
it = re.finditer(r'\d', 'a1b2')
print(type(it).__name__ in ('callable_iterator', 'list_iterator'), [m.group() for m in it])
emails = 'alice@example.com, bob.smith@mail.org; carol@test.co.uk'
print(re.findall(r'[\w.]+@[\w.]+', emails))
print(re.findall(r'([\w.]+)@([\w.]+)', emails))
print(re.findall(r'(?P<user>\w+)@', emails))
print(re.findall(r'\$\d+(?:\.\d\d)?', 'cost $10, $3.50 and $7.5'))
