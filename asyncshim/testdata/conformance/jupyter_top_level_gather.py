# mode: jupyter
import asyncio

@__nbc_coroutine_at(3)
def w(n):
    __nbc_await(asyncio.sleep(n))
    return n * 10
r = __nbc_await(asyncio.gather(w(2), w(1)))
__nbc_display(r)
