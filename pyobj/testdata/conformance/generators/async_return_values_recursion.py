import asyncio
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)
async def main():
    print(await fib(15))
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.1)
    except asyncio.TimeoutError:
        print("timeout")
asyncio.run(main())
