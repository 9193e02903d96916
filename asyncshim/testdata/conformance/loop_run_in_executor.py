import asyncio

def work(a, b):
    return a + b

@__nbc_coroutine
def main():
    loop = asyncio.get_running_loop()
    r = __nbc_await(loop.run_in_executor(None, work, 2, 3))
    print(r)
asyncio.run(main())
