# mode: jupyter
import asyncio

@__nbc_coroutine_at(4)
def main():
    print('Hello,')
    __nbc_await(asyncio.sleep(2))
    print('World!!!!!!!')
__nbc_display(main())
# %%
__nbc_display(asyncio.run(main()))
# %%
__nbc_display(__nbc_await(main()))
# %%
@__nbc_coroutine_at(1)
def main():
    print('I am Main')
    task = asyncio.create_task(foo('I am foo'))
    print('finished')

@__nbc_coroutine_at(6)
def foo(text):
    print(text)
    __nbc_await(asyncio.sleep(2))
__nbc_display(__nbc_await(main()))
# %%
@__nbc_coroutine_at(1)
def main():
    print('I am Main')
    task = asyncio.create_task(foo('I am foo'))
    __nbc_await(asyncio.sleep(0.5))
    print('finished')

@__nbc_coroutine_at(7)
def foo(text):
    print(text)
    __nbc_await(asyncio.sleep(10))
__nbc_display(__nbc_await(main()))
# %%
@__nbc_coroutine_at(1)
def restaurant():
    print('you placed another order and ordered waiter to bring after the biryani finished')
    task = asyncio.create_task(order('Nan with paneer butter masala'))
    print('you are eating biryani')
    print('your Biryani is finished')

@__nbc_coroutine_at(7)
def order(text):
    __nbc_await(asyncio.sleep(5))
    print('Your order', text, 'ready to serve')
__nbc_await(restaurant())
__nbc_display(print('cell code returned'))
