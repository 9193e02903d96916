import asyncio

async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), q.empty(), q.full(), q)
    while not q.empty():
        print(q.get_nowait())
        q.task_done()
    await q.join()
    print('joined', q)
    try:
        asyncio.Queue(maxsize=1).get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))

asyncio.run(main())
