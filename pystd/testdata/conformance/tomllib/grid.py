# Documents assembled from fragments, valid and invalid: every one must
# give CPython's dict or CPython's TOMLDecodeError message.
import tomllib

keys = ['a', 'a.b', '"q k"', "'lit'", 'a . c', '1', '-', 'é', '', 'x..y', 't.u.v']
values = ['1', '-0', '+1_000', '0x_1', '0b102', '0o17', '1.5e3', '1.', '.1', 'inf', '-nan', 'true',
          'True', '"s"', "'l'", '"""m\nl"""', "'''r\\n'''", '"\\x"', '[1, [2], "x",]', '[,]', '{}',
          '{a = 1, b.c = 2}', '{a = 1, a = 2}', '1979-05-27', '1979-05-27T07:32:00Z', '07:32:00',
          '1979-05-27 07:32:00.1234567+01:30', '24:00:00', '"unterminated', '[1 2]', '{a=1,}']
headers = ['', '[tbl]\n', '[[arr]]\n', '[a]\n', '[a.b]\n', '[ "sp" . x ]\n', '[]\n', '[[a]]\n']
n = 0
for h in headers:
    for k in keys:
        for v in values:
            n += 1
            if n % 3:
                continue
            doc = h + k + ' = ' + v + '\n' + ('a.z = 2\n' if n % 2 else '')
            try:
                print(repr(doc), tomllib.loads(doc))
            except tomllib.TOMLDecodeError as e:
                print(repr(doc), 'E', e)
