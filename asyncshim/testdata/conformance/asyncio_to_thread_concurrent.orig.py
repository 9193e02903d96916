# clock: real
import asyncio, time
def blocking():
    time.sleep(1)
    return "blocking done"
async def ticker():
    for i in range(3):
        await asyncio.sleep(0.4)
        print("tick", i)
async def main():
    r, _ = await asyncio.gather(asyncio.to_thread(blocking), ticker())
    print(r)
asyncio.run(main())
