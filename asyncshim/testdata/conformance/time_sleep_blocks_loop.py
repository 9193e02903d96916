import asyncio, time

@__nbc_coroutine
def other():
    print('other runs')

@__nbc_coroutine
def main():
    asyncio.create_task(other())
    t0 = time.monotonic()
    time.sleep(1)
    print('blocked for', time.monotonic() - t0)
    __nbc_await(asyncio.sleep(0))
    print('main resumes')
asyncio.run(main())
