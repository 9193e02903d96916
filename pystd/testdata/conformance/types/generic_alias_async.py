# asyncio, queue and concurrent.futures classes and enumerate are generic in 3.11.
import asyncio, queue, concurrent.futures
print(asyncio.Future[int], asyncio.Task[str], asyncio.Queue[int], asyncio.LifoQueue[int], asyncio.PriorityQueue[tuple[int, str]])
print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[int], concurrent.futures.Future[int])
print(enumerate[str], list(enumerate[str]('ab')))
q = queue.Queue[int]()
q.put(3)
print(q.get(), type(q).__name__)

async def main():
    q: asyncio.Queue[int] = asyncio.Queue()
    await q.put(1)
    fut: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    fut.set_result('x')
    return await q.get(), await fut

print(asyncio.run(main()))
