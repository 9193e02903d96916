# clock: real
import asyncio, time

def blocking():
    time.sleep(1)
    return 'blocking done'

@__nbc_coroutine_at(6)
def ticker():
    for i in range(3):
        __nbc_await(asyncio.sleep(0.4))
        print('tick', i)

@__nbc_coroutine_at(10)
def main():
    r, _ = __nbc_await(asyncio.gather(asyncio.to_thread(blocking), ticker()))
    print(r)
asyncio.run(main())
