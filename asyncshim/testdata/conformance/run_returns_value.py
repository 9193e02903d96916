import asyncio

@__nbc_coroutine
def main():
    __nbc_await(asyncio.sleep(1))
    return ('value', 42)
print(asyncio.run(main()))
