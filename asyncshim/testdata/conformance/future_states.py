import asyncio

@__nbc_coroutine_at(2)
def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    print(repr(f))
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f.set_result(3)
    print(repr(f), f.result(), f.exception())
    try:
        f.set_result(4)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(f.cancel())
asyncio.run(main())
