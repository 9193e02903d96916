# mode: jupyter
import asyncio

@__nbc_coroutine_at(3)
def ticker():
    for i in range(3):
        print('tick', i)
        __nbc_await(asyncio.sleep(1))
t = asyncio.create_task(ticker())
__nbc_display(print('cell one ends'))
# %%
__nbc_display(print('cell two', t.done()))
