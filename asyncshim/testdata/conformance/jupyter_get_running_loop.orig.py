# mode: jupyter
import asyncio
loop = asyncio.get_running_loop()
print(loop.is_running(), loop is asyncio.get_event_loop())
await asyncio.sleep(1)
print("slept at top level")
