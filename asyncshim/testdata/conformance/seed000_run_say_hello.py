import asyncio

@__nbc_coroutine_at(3)
def say_hello():
    print('Hello!')
    __nbc_await(asyncio.sleep(1))
    print('World!')

@__nbc_coroutine_at(8)
def main():
    __nbc_await(say_hello())
asyncio.run(say_hello())
