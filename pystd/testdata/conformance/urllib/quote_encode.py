from urllib.parse import (quote, quote_plus, unquote, unquote_plus, urlencode,
                          parse_qs, parse_qsl, quote_from_bytes, unquote_to_bytes, urljoin)

for s in ['hello world', 'a/b c?d=e&f', 'naïve café €', '~_.-', '', '100%', 'x+y']:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote_plus(s)), repr(quote_plus(s, safe='/')))
print(quote('a b', safe=' '), quote(b'\x00\xff/ab'), quote_from_bytes(b'a&b', safe='&'))
for s in ['hello%20world', 'a+b%2Bc', '%E2%82%AC', '%zz%4', '%', 'caf%C3%A9', '%ff%41', 'plain']:
    print(repr(unquote(s)), repr(unquote_plus(s)))
print(unquote_to_bytes('a%20b%ff'), unquote(b'%41b'))
print(urlencode({'q': 'python urllib', 'page': 2, 'lang': 'en'}))
print(urlencode([('a', 1), ('a', 2), ('b', 'x y')]))
print(urlencode({'tags': ['x', 'y z'], 'n': 1}, doseq=True))
print(urlencode({'tags': ['x', 'y']}))
print(urlencode({'path': '/a/b'}, safe='/'), urlencode({'s': 'a b'}, quote_via=quote))
print(urlencode({}), urlencode({b'k': b'v w'}), urlencode({'t': (1, 2)}, doseq=True))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError:', e)
qs = 'name=Ada+Lovelace&lang=py&lang=go&empty=&flag&enc=%E2%9C%93'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(''), parse_qsl('&&a=1&&'))
try:
    parse_qsl('a&b=1', strict_parsing=True)
except ValueError as e:
    print('ValueError:', e)
try:
    parse_qsl('a=1&b=2&c=3', max_num_fields=2)
except ValueError as e:
    print('ValueError:', e)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.',
            'g/./h', 'g/../h', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('https://api.example.com/v1/', 'users/42'))
print(urljoin('https://api.example.com/v1', 'users/42'))
print(urljoin('', 'x'), urljoin('http://h/a', ''), urljoin('mailto:a@b', 'c'))
