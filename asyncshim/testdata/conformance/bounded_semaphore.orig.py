import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    print(sem.locked(), sem)
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print(plain.locked(), plain)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
