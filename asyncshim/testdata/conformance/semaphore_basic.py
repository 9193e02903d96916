import asyncio

@__nbc_coroutine_at(2)
def w(n, sem):
    with __nbc_acm(sem):
        print('start', n)
        __nbc_await(asyncio.sleep(1))
        print('end', n)

@__nbc_coroutine_at(7)
def main():
    sem = asyncio.Semaphore(2)
    __nbc_await(asyncio.gather(*(w(i, sem) for i in range(5))))
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)
asyncio.run(main())
