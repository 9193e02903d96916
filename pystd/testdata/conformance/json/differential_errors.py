# Pseudo-random corruptions (a fixed LCG) of valid documents: each is
# decoded and the value or the JSONDecodeError printed.
import json

state = 42


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}, "e": []}',
        '[\n  {"id": 1, "tags": ["x", "y"]},\n  {"id": 2, "tags": []}\n]',
        '"caf\u00e9 \\u00e9\\u20ac \\"q\\""', '[NaN, Infinity, -Infinity, 0, -0.0, 1E+2]',
        '{"nested": {"deeper": {"deepest": [[[]]]}}}']
junk = ['', ' ', ',', ':', '"', '\\', '}', ']', '{', '[', 'x', '0', '-', '.', 'e', '\n', '\x01', '\u00e9', 'tru', 'null']
for i in range(300):
    d = docs[rnd(len(docs))]
    k = rnd(3)
    p = rnd(len(d) + 1)
    if k == 0:
        s = d[:p]
    elif k == 1:
        s = d[:p] + junk[rnd(len(junk))] + d[p:]
    else:
        s = d[:p] + d[p + 1 + rnd(3):]
    try:
        print(ascii(s), '->', ascii(json.loads(s)))
    except json.JSONDecodeError as e:
        print(ascii(s), '!', e.msg, e.pos, e.lineno, e.colno)
