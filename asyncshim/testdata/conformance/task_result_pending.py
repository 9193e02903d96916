import asyncio

@__nbc_coroutine_at(2)
def w():
    __nbc_await(asyncio.sleep(1))

@__nbc_coroutine_at(4)
def main():
    t = asyncio.create_task(w())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    __nbc_await(t)
asyncio.run(main())
