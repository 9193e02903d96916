import asyncio
import concurrent.futures

def old_style():
    yield from asyncio.sleep(1)
old_style = asyncio.coroutine(old_style)
# %%
def lookup():
    return asyncio.ensure_task

try:
    lookup()
except AttributeError as e:
    print('AttributeError:', e)

def nested():
    return concurrent.futures.ThreadPool

try:
    nested()
except AttributeError as e:
    print('AttributeError:', e)

async def main():
    return asyncio.sleeep(1)

try:
    asyncio.run(main())
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(asyncio, 'nothing', 'default'), hasattr(asyncio, 'nothing'), hasattr(asyncio, 'sleep'))
# %%
loop = asyncio.new_event_loop()
loop.run_until_complete(asyncio.wait_until(1))
# %%
try:
    getattr(asyncio, 'run_forever')
except AttributeError as e:
    print('AttributeError:', e)
