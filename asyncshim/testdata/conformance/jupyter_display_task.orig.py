# mode: jupyter
import asyncio
async def w():
    await asyncio.sleep(1)
    return 3
t = asyncio.create_task(w())
await t
t.result()
