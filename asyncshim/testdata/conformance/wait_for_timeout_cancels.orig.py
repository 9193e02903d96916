import asyncio
async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
async def main():
    try:
        await asyncio.wait_for(slow(), 1)
    except TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, asyncio.TimeoutError))
asyncio.run(main())
