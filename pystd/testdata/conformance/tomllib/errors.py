import tomllib

bad = [
    'a = ',
    'a = 1\na = 2',
    'a = 1 b = 2',
    '= 1',
    'a',
    'a = "unterminated',
    'a = "bad \\q escape"',
    'a = "\\uD800"',
    'a = "\\u12"',
    "a = 'x\ny'",
    'a = [1, 2',
    'a = [1 2]',
    'a = {x = 1',
    'a = {x = 1, x = 2}',
    'a = {x = 1,}',
    '[a]\nb = 1\n[a]\nc = 2',
    '[a\nb = 1',
    '[[a]\nb = 1',
    'a = 1\n[a]',
    'a = 1\n[[a]]',
    '[a]\n[[a]]',
    'a = {b = 1}\n[a]',
    'a = [1]\n[[a]]',
    'a.b = 1\n[a]\n',
    '[a.b]\n[a]\nb = 1',
    'a = {b = 1}\na.c = 2',
    'a = 1979-13-27',
    'a = 1979-02-30',
    'a = 07:32',
    'a = 01',
    'a = 1__0',
    'a = _1',
    'a = 1.',
    'a = .5',
    'a = 0xG',
    'a = True',
    'a = nan1',
    'a = "x"\n\t$',
    'a = 1 # bad \x01 char',
    'a = """\nunterminated',
    "a = '''\nunterminated",
    'a = "tab\there ok" \n b = "bell\x07"',
    'a = """x\\ y"""',
    '"a\nb" = 1',
    'a.b = 1\na.b.c = 2',
    '[x]\na = 1\n[x.a]',
    '[[t]]\n[t.s]\nk = 1\n[t.s]',
    'a = {b = {c = 1}, b.d = 2}',
    '\n\n   x = [1, \n 2,, 3]',
]
for src in bad:
    try:
        print('ok?', tomllib.loads(src))
    except tomllib.TOMLDecodeError as e:
        print(repr(src), '->', type(e).__name__, e)
try:
    tomllib.loads('x = 1.5', parse_float=lambda s: [s])
except ValueError as e:
    print('ValueError:', e)
try:
    tomllib.loads(b'x = 1')
except TypeError as e:
    print('TypeError')
import io
print(tomllib.load(io.BytesIO(b'x = 1\ny = "\xc3\xa9"')))
try:
    tomllib.load(io.StringIO('x = 1'))
except TypeError as e:
    print('TypeError:', e)
