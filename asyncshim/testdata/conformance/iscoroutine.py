import asyncio

@__nbc_coroutine_at(2)
def c():
    return 1

def f():
    return 1
co = c()
print(asyncio.iscoroutine(co), asyncio.iscoroutine(f()), asyncio.iscoroutinefunction(c), asyncio.iscoroutinefunction(f))
print(asyncio.isfuture(co))
co.close()
