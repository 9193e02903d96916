# Pseudo-random documents (a fixed LCG) encoded with every option and
# decoded back, to compare with CPython in bulk.
import json

state = 987654321


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


CHARS = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', '\xe9', '\u20ac', '\u2028',
         '\U0001f600', '\U00010000', '\ufeff', '0', '{', ']']


def rstr():
    return ''.join(CHARS[rnd(len(CHARS))] for _ in range(rnd(6)))


def rfloat():
    k = rnd(6)
    if k == 0:
        return rnd(10 ** 6) / 1000.0
    if k == 1:
        return (rnd(10 ** 9) - 5 * 10 ** 8) * 10.0 ** (rnd(40) - 20)
    if k == 2:
        return float(rnd(100))
    if k == 3:
        return 1.0 / (rnd(99) + 1)
    if k == 4:
        return -0.0 if rnd(2) else 1e16 * (rnd(100) + 1)
    return (rnd(2 ** 30) + 1) * 2.0 ** (rnd(200) - 100)


def rvalue(depth):
    k = rnd(9 if depth < 4 else 6)
    if k == 0:
        return None
    if k == 1:
        return rnd(2) == 0
    if k == 2:
        return rnd(10 ** 6) - 5 * 10 ** 5 if rnd(4) else (rnd(10 ** 9) + 1) * 10 ** 12
    if k == 3:
        return rfloat()
    if k in (4, 5):
        return rstr()
    if k == 6:
        return [rvalue(depth + 1) for _ in range(rnd(4))]
    if k == 7:
        return tuple(rvalue(depth + 1) for _ in range(rnd(3)))
    d = {}
    for _ in range(rnd(4)):
        d[rstr()] = rvalue(depth + 1)
    return d


for i in range(150):
    v = rvalue(0)
    opts = [{}, {'ensure_ascii': False}, {'indent': rnd(3)}, {'sort_keys': True, 'indent': '\t'},
            {'separators': (',', ':')}][i % 5]
    if 'ensure_ascii' in opts:
        s = json.dumps(v, ensure_ascii=False)
    elif 'sort_keys' in opts:
        s = json.dumps(v, sort_keys=True, indent='\t')
    elif 'indent' in opts:
        s = json.dumps(v, indent=opts['indent'])
    elif 'separators' in opts:
        s = json.dumps(v, separators=(',', ':'))
    else:
        s = json.dumps(v)
    back = json.loads(s)
    print(ascii(s))
    print(ascii(back), json.dumps(back) == json.dumps(v))
