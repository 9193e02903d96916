import asyncio

@__nbc_coroutine_at(3)
def main():
    sem = asyncio.BoundedSemaphore(2)
    __nbc_await(sem.acquire())
    print(sem.locked(), sem)
    __nbc_await(sem.acquire())
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
