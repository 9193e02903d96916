import asyncio
async def inner():
    await asyncio.sleep(1)
    raise ZeroDivisionError("inner failed")
async def middle():
    try:
        await inner()
    finally:
        print("middle finally")
async def main():
    try:
        await middle()
    except ZeroDivisionError as e:
        print("main caught", e)
asyncio.run(main())
