import asyncio

@__nbc_coroutine_at(2)
def main():
    __nbc_await(asyncio.sleep(1))
    return 'ruc'
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(main()))
loop.close()
print(loop.is_closed())
