# clock: real
import asyncio
import concurrent.futures
import threading
import time

def work(n, **kw):
    time.sleep(0.05 * n)
    print(n, kw, list(kw))
    return n

def other(**kw):
    return len(kw)

ts = [threading.Thread(target=work, args=(1,), kwargs={'zeta': 1, 'alpha': 2, 'mid': 3}),
      threading.Thread(target=work, args=(2,), kwargs=dict(y=1, x=2)),
      threading.Thread(target=work, kwargs={'n': 3})]
for t in ts:
    t.start()
print(other(q=1, p=2))
for t in ts:
    t.join()

with concurrent.futures.ThreadPoolExecutor(max_workers=1) as ex:
    futs = [ex.submit(work, 4, b=1, a=2), ex.submit(work, 5, d=1, c=2)]
    print(other(s=1, r=2))
    print([f.result() for f in futs])

async def main():
    r = await asyncio.gather(asyncio.to_thread(work, 6, k=1, j=2), asyncio.to_thread(work, 7, m=1, l=2))
    print(r)

asyncio.run(main())
