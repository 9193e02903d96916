import re

def parse(line):
    if line and (m := re.match(r"(\w+)=(\d+)", line)):
        return m.group(1), int(m.group(2))
    return None
print(parse("a=1"), parse(""), parse("zz"))

def log(*a):
    print("log", *a)
    return a[-1]

def order():
    print(log(1), (y := log(2)), y)
    return y
print(order())

def cond(x):
    r = (z := x * 2) if x > 0 else (z := -1)
    return r, z
print(cond(3), cond(-3))

def loop(items):
    out = []
    for it in items:
        if it % 2 and (sq := it * it) > 5:
            out.append(sq)
    return out, sq
print(loop([1, 2, 3, 4, 5]))

def closure_and_walrus(k):
    def inner():
        return k
    total = 0
    for v in range(4):
        if v and (total := total + v * inner()) > 100:
            break
    return total
print(closure_and_walrus(2))

def arg_rebind(n):
    while n > 0 and (n := n - 3) > 0:
        pass
    return n
print(arg_rebind(10))

async def co(x):
    return x and (q := x + 1), q if x else None
import asyncio
print(asyncio.run(co(4)))

def gen(xs):
    for x in xs:
        yield x, (last := x)
    yield last
print(list(gen([1, 2])))

def glob():
    global G
    print(0 or (G := 7))
glob(); print(G)
