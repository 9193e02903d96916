import asyncio
async def w():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(w())
    print(len(asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())
    await t
    print(len(asyncio.all_tasks()))
asyncio.run(main())
