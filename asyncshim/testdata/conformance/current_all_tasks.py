import asyncio

@__nbc_coroutine_at(2)
def w():
    __nbc_await(asyncio.sleep(1))

@__nbc_coroutine_at(4)
def main():
    t = asyncio.create_task(w())
    print(len(asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())
    __nbc_await(t)
    print(len(asyncio.all_tasks()))
asyncio.run(main())
