# mode: jupyter
import asyncio
async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(1)
t = asyncio.create_task(ticker())
print("cell one ends")
# %%
print("cell two", t.done())
