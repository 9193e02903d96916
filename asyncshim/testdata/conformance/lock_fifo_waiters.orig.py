import asyncio

async def worker(lock, name, hold):
    async with lock:
        print(name, 'acquired', lock.locked())
        await asyncio.sleep(hold)
    print(name, 'released')

async def main():
    lock = asyncio.Lock()
    print(lock)
    await asyncio.gather(*(worker(lock, n, h) for n, h in (('a', 0.3), ('b', 0.1), ('c', 0.2))))
    print(lock, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
