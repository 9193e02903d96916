# mode: jupyter
import asyncio

@__nbc_coroutine_at(3)
def w():
    __nbc_await(asyncio.sleep(1))
    return 3
t = asyncio.create_task(w())
__nbc_await(t)
__nbc_display(t.result())
