import asyncio
async def w(name, lock):
    async with lock:
        print(name, "acquired")
        await asyncio.sleep(1)
        print(name, "releasing")
async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(w("a", lock), w("b", lock), w("c", lock))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
asyncio.run(main())
