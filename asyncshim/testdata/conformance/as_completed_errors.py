import asyncio

@__nbc_coroutine_at(3)
def job(n):
    __nbc_await(asyncio.sleep(n / 10))
    if n % 2:
        raise ValueError(n)
    return n

@__nbc_coroutine_at(9)
def main():
    for fut in asyncio.as_completed([job(n) for n in (4, 1, 3, 2)]):
        try:
            print('ok', __nbc_await(fut))
        except ValueError as e:
            print('error', e)
asyncio.run(main())
