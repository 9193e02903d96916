import asyncio

def complete(fut, value):
    print('completing', fut.done())
    fut.set_result(value)

@__nbc_coroutine_at(7)
def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.get_loop() is loop)
    loop.call_later(0.1, complete, fut, 42)
    print(__nbc_await(fut))
    print(fut)
    f2 = loop.create_future()
    loop.call_soon(f2.set_exception, KeyError('k'))
    try:
        __nbc_await(f2)
    except KeyError as e:
        print('KeyError', e)
    f3 = loop.create_future()
    f3.cancel()
    print(f3.cancelled(), f3)
asyncio.run(main())
