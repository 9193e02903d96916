import asyncio
async def setter(f):
    print("setter runs")
    f.set_result("value")
    print("setter done")
async def main():
    f = asyncio.Future()
    asyncio.create_task(setter(f))
    print("awaiting")
    print(await f)
    print(f.get_loop() is asyncio.get_running_loop())
asyncio.run(main())
