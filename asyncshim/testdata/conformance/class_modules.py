import asyncio, concurrent.futures as cf, threading, queue

@__nbc_coroutine_at(2)
def main():
    t = asyncio.ensure_future(asyncio.sleep(0))
    print(type(t), type(asyncio.get_running_loop().create_future()))
    __nbc_await(t)
asyncio.run(main())
for c in (asyncio.Lock, asyncio.Event, asyncio.Semaphore, asyncio.Condition, asyncio.Queue, asyncio.PriorityQueue, cf.Future, cf.ThreadPoolExecutor, cf.ProcessPoolExecutor, type(threading.Lock()), threading.Event, queue.Queue, asyncio.Barrier, asyncio.TaskGroup, asyncio.Runner, asyncio.Timeout):
    print(c)
