import asyncio

@__nbc_coroutine_at(2)
def main():
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print(e)

    def plain():
        return 1
    try:
        asyncio.create_task(plain())
    except TypeError as e:
        print(e)
asyncio.run(main())
