import tomllib

doc = '''
# A pyproject-like document
title = "TOML Example"   # trailing comment
"quoted key" = 'literal \\n kept'
site."google.com" = true
a.b.c = 1
a.b.d = -0x0  # not hex: a plain zero after the sign? no: see ints below

[owner]
name = "Tom \\"Preston\\" Werner\\tTab \\u00e9 \\U0001F600"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested = { a = { b = 1 }, c.d = [1, 2] }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
'''
doc = doc.replace('a.b.d = -0x0  # not hex: a plain zero after the sign? no: see ints below\n', '')
print(tomllib.loads(doc))

nums = '''
i1 = +99
i2 = 42
i3 = 0
i4 = -17
i5 = 1_000
i6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
bin1 = 0b11010110
f1 = +1.0
f2 = 3.1415
f3 = -0.01
f4 = 5e+22
f5 = 1e06
f6 = -2E-2
f7 = 6.626e-34
f8 = 224_617.445_991_228
inf1 = inf
inf2 = +inf
inf3 = -inf
nan1 = nan
nan2 = -nan
big = 9223372036854775807
bigger = 123456789012345678901234567890
'''
for k, v in tomllib.loads(nums).items():
    print(k, repr(v), isinstance(v, int), isinstance(v, float))

times = '''
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27T07:32:00.5+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.1234567
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999
'''
for k, v in tomllib.loads(times).items():
    print(k, repr(v), v)

strings = (
    'str1 = """\nRoses are red\nViolets are blue"""\n'
    'str2 = """\\\n       The quick brown \\\n       fox jumps over \\\n       the lazy dog.\\\n       """\n'
    'str3 = """Here are two quotation marks: "". Simple enough."""\n'
    'str4 = """Here are three quotation marks: ""\\"."""\n'
    'str6 = """"This," she said, "is just a pointless statement.""""\n'
    "winpath = 'C:\\Users\\nodejs\\templates'\n"
    "regex = '<\\i\\c*\\s*>'\n"
    "lines = \'\'\'\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n\'\'\'\n"
    "quot15 = \'\'\'Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\'\'\'\n"
    "str7 = \'\'\'\'That,\' she said, \'is still pointless.\'\'\'\'\n"
    "str8 = \'\'\'x\'\'\'\'\'\n"
    'empty = ""\n'
    'esc = "a\\tb\\nc\\\\d\\u00e9\\"q\\""\n'
)
print(strings)
for k, v in tomllib.loads(strings).items():
    print(k, repr(v))

print(tomllib.loads('a = [\n  1,\n  2, # two\n  # comment\n]\nb = []\nc = [ [ ], {} ]\nd = {}'))
print(tomllib.loads('x = 1.5', parse_float=str), tomllib.loads(''), tomllib.loads('\r\nk = "v"\r\n'))
print(tomllib.loads('[a.b]\nx = 1\n[a]\ny = 2\n'), tomllib.loads('[a]\nb.c = 1\nb.d = 2\n'))
print(tomllib.loads('1234 = "numeric key"\n"" = "empty"\ntrue = false\n3.14 = "pi"'))
print(tomllib.loads("key = 'value' # comment\n\n\n"), tomllib.TOMLDecodeError.__mro__[1].__name__)
