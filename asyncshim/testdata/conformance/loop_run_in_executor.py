import asyncio

def work(a, b):
    return a + b

@__nbc_coroutine_at(4)
def main():
    loop = asyncio.get_running_loop()
    r = __nbc_await(loop.run_in_executor(None, work, 2, 3))
    print(r)
asyncio.run(main())
