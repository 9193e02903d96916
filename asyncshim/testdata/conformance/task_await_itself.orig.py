import asyncio
async def main():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print(str(e).startswith("Task cannot await on itself"))
asyncio.run(main())
