# clock: real
import asyncio
import concurrent.futures
import threading
import time

def work(n, **kw):
    kw = __nbc_kwargs(kw)
    time.sleep(0.05 * n)
    print(n, kw, list(kw))
    return n

def other(**kw):
    kw = __nbc_kwargs(kw)
    return len(kw)
ts = [threading.Thread(target=work, args=(1,), kwargs=__nbc_ko(__nbc_dict('zeta', 1, 'alpha', 2, 'mid', 3), 'target args kwargs')), threading.Thread(target=work, args=(2,), kwargs=__nbc_ko(__nbc_call(dict, __nbc_dict('y', 1, 'x', 2)), 'target args kwargs')), threading.Thread(target=work, kwargs=__nbc_ko(__nbc_dict('n', 3), 'target kwargs'))]
for t in ts:
    t.start()
print(other(q=1, p=__nbc_ko(2, 'q p')))
for t in ts:
    t.join()
with concurrent.futures.ThreadPoolExecutor(max_workers=1) as ex:
    futs = [ex.submit(work, 4, b=1, a=__nbc_ko(2, 'b a')), ex.submit(work, 5, d=1, c=__nbc_ko(2, 'd c'))]
    print(other(s=1, r=__nbc_ko(2, 's r')))
    print([f.result() for f in futs])

@__nbc_coroutine_at(29)
def main():
    r = __nbc_await(asyncio.gather(asyncio.to_thread(work, 6, k=1, j=__nbc_ko(2, 'k j')), asyncio.to_thread(work, 7, m=1, l=__nbc_ko(2, 'm l'))))
    print(r)
asyncio.run(main())
