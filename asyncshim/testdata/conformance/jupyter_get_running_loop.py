# mode: jupyter
import asyncio
loop = asyncio.get_running_loop()
print(loop.is_running(), loop is asyncio.get_event_loop())
__nbc_await(asyncio.sleep(1))
__nbc_display(print('slept at top level'))
