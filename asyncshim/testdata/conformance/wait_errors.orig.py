import asyncio
async def c():
    pass
async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    co = c()
    try:
        await asyncio.wait([co])
    except TypeError as e:
        print(e)
    co.close()
asyncio.run(main())
