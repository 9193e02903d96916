import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

print(html.escape('<a href="x">\'&'), html.escape('<"\'>', quote=False))
for s in ['&lt;&amp;&#39;&#x27;&nbsp;&copy&notit;&#0;&#x110000;&#128;&unknown;&amp', 'plain', '&#65;&#x42;&#X43',
          '&#xD800;', '&#1;&#11;&#127;&#65534;', '&amp;amp;', '&&&', '&#;', '&#x;', 'caf&eacute; &Eacute', '&ltx',
          '&NotNestedGreaterGreater;', '&sup2;&sup;']:
    print(repr(s), repr(html.unescape(s)))
print(len(html5), len(name2codepoint), name2codepoint['eacute'], codepoint2name[233], entitydefs['amp'], html5['gt;'])
print(list(name2codepoint.items())[:5], list(html5.items())[:5])
