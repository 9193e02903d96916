import asyncio

@__nbc_coroutine_at(2)
def setter(f):
    print('setter runs')
    f.set_result('value')
    print('setter done')

@__nbc_coroutine_at(6)
def main():
    f = asyncio.Future()
    asyncio.create_task(setter(f))
    print('awaiting')
    print(__nbc_await(f))
    print(f.get_loop() is asyncio.get_running_loop())
asyncio.run(main())
