# The exception being handled belongs to each task: another task running
# while one awaits inside an except block sees none (sys.exception(), bare raise).
import asyncio, sys
async def a():
    try:
        1/0
    except ZeroDivisionError:
        await asyncio.sleep(0.1)
        print('a handles', sys.exception())
async def b():
    await asyncio.sleep(0.05)
    print('b sees', sys.exception())
    try:
        raise
    except RuntimeError as e:
        print('b bare raise:', e)
async def main():
    await asyncio.gather(a(), b())
    print('main after', sys.exception())
asyncio.run(main())
print('module', sys.exc_info())
