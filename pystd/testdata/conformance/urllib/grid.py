# urlsplit, urljoin, quote and unquote over a grid of generated inputs.
from urllib.parse import urlsplit, urlparse, urljoin, quote, unquote, quote_plus, parse_qsl, urlencode

pieces = ['http:', 'HTTPS://', '//', 'ftp://u:p@', 'mailto:', '', 'a+b.c-d:', '1x:']
hosts = ['', 'h', 'Host.EXAMPLE:80', '[::1]', 'h:0', 'ü.de']
paths = ['', '/', '/a/b', 'a/./b/../c', '/p;x=1', '/%7Euser', '/a b', '//x']
tails = ['', '?q=1', '?', '#f', '?a=1&b=2#frag', '#']
n = 0
for s in pieces:
    for h in hosts:
        for p in paths:
            t = tails[n % len(tails)]
            n += 1
            url = s + h + p + t
            try:
                r = urlsplit(url)
                print(repr(url), tuple(r), r.hostname, urlparse(url).params, r.geturl())
            except ValueError as e:
                print(repr(url), 'ValueError', e)
bases = ['http://a/b/c/d;p?q', 'https://x.org/dir/', 'https://x.org', 'file:///tmp/a', 'http://h/a/b/']
rels = ['', '.', '..', '../..', '../../../..', './x', 'x/../../y', '/abs', '//other/p', '?only',
        '#frag', 'g;p?q#f', 'http:rel', 'https:rel', 'mailto:x', 'a/b/../../..', '....', '.hidden/']
for b in bases:
    for r in rels:
        print(b, repr(r), urljoin(b, r), urljoin(b, r, allow_fragments=False))
chars = ''.join(chr(c) for c in range(32, 127)) + 'é€😀\t\n'
print(quote(chars))
print(quote(chars, safe=''), quote_plus(chars))
print(quote(chars, safe=':/?#[]@!$&\'()*+,;='))
print(unquote(quote(chars)) == chars, unquote('%41%42%4'), unquote('%e2%82%ac%zz%'), unquote('%C3%28'))
print(parse_qsl('a=1&a=2&b=%20x+y&c&=v&d=', keep_blank_values=True))
print(urlencode([('k', 'v w'), ('é', '€'), ('x', None), ('n', 1.5)]))
