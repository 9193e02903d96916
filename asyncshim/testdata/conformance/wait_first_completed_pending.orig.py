import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = {asyncio.create_task(job(n), name=f'job{n}') for n in (0.3, 0.1, 0.2)}
    while tasks:
        done, tasks = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        print(sorted(t.result() for t in done), len(tasks))
    done, pending = await asyncio.wait([asyncio.create_task(job(1))], timeout=0.5)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
