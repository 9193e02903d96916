import asyncio

@__nbc_coroutine_at(2)
def w(name, lock):
    with __nbc_acm(lock):
        print(name, 'acquired')
        __nbc_await(asyncio.sleep(1))
        print(name, 'releasing')

@__nbc_coroutine_at(7)
def main():
    lock = asyncio.Lock()
    print(lock.locked())
    __nbc_await(asyncio.gather(w('a', lock), w('b', lock), w('c', lock)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
asyncio.run(main())
