import asyncio

@__nbc_coroutine_at(3)
def worker(lock, name, hold):
    with __nbc_acm(lock):
        print(name, 'acquired', lock.locked())
        __nbc_await(asyncio.sleep(hold))
    print(name, 'released')

@__nbc_coroutine_at(9)
def main():
    lock = asyncio.Lock()
    print(lock)
    __nbc_await(asyncio.gather(*(worker(lock, n, h) for n, h in (('a', 0.3), ('b', 0.1), ('c', 0.2)))))
    print(lock, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
asyncio.run(main())
