import asyncio

def deco(f):
    return f

@deco
@__nbc_coroutine_at(6)
def decorated():
    __nbc_await(asyncio.sleep(0))

@__nbc_coroutine_at(10)
def plain(x):
    """A docstring."""
    __nbc_await(asyncio.sleep(0))

class C:

    @__nbc_coroutine_at(17)
    def method(self):
        __nbc_await(asyncio.sleep(0))

    @staticmethod
    @__nbc_coroutine_at(20)
    def static():
        return 1

@__nbc_coroutine_at(24)
def main():
    tasks = [asyncio.create_task(c) for c in (decorated(), plain(1), C().method(), C.static())]
    for t in tasks:
        print(t)
    __nbc_await(asyncio.gather(*tasks))
    for t in tasks:
        print(t)
asyncio.run(main())
# %%
@__nbc_coroutine_at(3)
def in_second_cell():
    pass

@__nbc_coroutine_at(6)
def main2():
    t = asyncio.ensure_future(in_second_cell())
    print(t)
    __nbc_await(t)
    print(t)
asyncio.run(main2())
