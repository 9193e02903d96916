# mode: jupyter
import asyncio

@__nbc_coroutine_at(4)
def say_hello():
    print('Hello!')
    __nbc_await(asyncio.sleep(1))
    print('World!')
__nbc_display(asyncio.run(say_hello()))
# %%
@__nbc_coroutine_at(1)
def main():
    print('hello')
    __nbc_await(asyncio.sleep(1))
    print('Done waiting')
__nbc_display(__nbc_await(main()))
