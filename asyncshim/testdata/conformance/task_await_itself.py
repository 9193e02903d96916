import asyncio

@__nbc_coroutine_at(2)
def main():
    me = asyncio.current_task()
    try:
        __nbc_await(me)
    except RuntimeError as e:
        print(str(e).startswith('Task cannot await on itself'))
asyncio.run(main())
