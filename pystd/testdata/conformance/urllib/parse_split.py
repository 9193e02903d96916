from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urldefrag,
                          ParseResult)

for url in ['https://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag',
            'http://www.python.org/', 'www.python.org/x', '//host/path',
            'mailto:someone@example.com', 'file:///etc/hosts', 'path/only?x=1',
            'http://[::1]:80/ipv6', 'HTTP://Host/', 'ftp://ftp.x.org/pub;type=d',
            'https://example.com?q', '', 'data:text/plain,hi', 'a1+b://h/p',
            '  https://sp.ace/\t', 'http://h:/p']:
    p = urlparse(url)
    print(repr(url), p)
    print('  ', p.scheme, p.netloc, p.hostname, p.username, p.password, p.port, p.geturl())
    s = urlsplit(url)
    print('  ', s, urlunsplit(s) == s.geturl())
r = urlparse('https://docs.python.org/3/library/urllib.parse.html#module-urllib.parse')
print(r.path, r._replace(fragment='').geturl(), r[0], len(r), tuple(r)[:2])
print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')))
print(urlunparse(['https', 'example.com', 'x', '', '', '']))
print(urlunsplit(('', '', 'rel/path', 'q', '')))
print(urldefrag('http://h/p#sec'), urldefrag('http://h/p'), urldefrag('http://h/p#s').geturl())
print(urlparse('/p', scheme='https'), urlparse('x#y', allow_fragments=False))
print(isinstance(r, tuple), type(r).__name__, ParseResult._fields)
for bad in ['http://h:99999/', 'http://h:xx/']:
    try:
        urlparse(bad).port
    except ValueError as e:
        print('ValueError:', e)
try:
    urlsplit('http://[::1/')
except ValueError as e:
    print('ValueError:', e)
