import asyncio, time

@__nbc_coroutine_at(2)
def other():
    print('other runs')

@__nbc_coroutine_at(4)
def main():
    asyncio.create_task(other())
    t0 = time.monotonic()
    time.sleep(1)
    print('blocked for', time.monotonic() - t0)
    __nbc_await(asyncio.sleep(0))
    print('main resumes')
asyncio.run(main())
