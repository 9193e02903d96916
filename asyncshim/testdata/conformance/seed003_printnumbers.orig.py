# mode: jupyter
import asyncio

async def fetchData():
    print("Start fetching")
    await asyncio.sleep(2)
    print('Done fetching')
    return {'data': 1}

async def printNumbers():
    for i in range(10):
        print(i)
        await asyncio.sleep(0.25)

async def main():
    task1 = asyncio.create_task(fetchData())
    task2 = asyncio.create_task(printNumbers())
    value = await task1
    print(value)

await main()
