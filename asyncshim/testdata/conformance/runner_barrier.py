import asyncio

@__nbc_coroutine_at(2)
def step(n):
    __nbc_await(asyncio.sleep(n))
    return n * 2
with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
print(loop.is_closed())

@__nbc_coroutine_at(11)
def party(b, n):
    __nbc_await(asyncio.sleep(n))
    print('arrived', n)
    i = __nbc_await(b.wait())
    print('passed', n)
    return i

@__nbc_coroutine_at(17)
def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    r = __nbc_await(asyncio.gather(party(b, 1), party(b, 2), party(b, 3)))
    print(sorted(r))
asyncio.run(main())
