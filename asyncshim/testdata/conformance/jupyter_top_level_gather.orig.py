# mode: jupyter
import asyncio
async def w(n):
    await asyncio.sleep(n)
    return n * 10
r = await asyncio.gather(w(2), w(1))
r
