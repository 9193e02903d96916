import asyncio

@__nbc_coroutine_at(2)
def main():
    __nbc_await(asyncio.sleep(1))
    return ('value', 42)
print(asyncio.run(main()))
