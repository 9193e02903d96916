import asyncio

@__nbc_coroutine_at(2)
def main():
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2, 3):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in (1, 2, 3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
asyncio.run(main())
