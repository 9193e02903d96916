import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def ok(delay, value):
    await asyncio.sleep(delay)
    return value

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, ValueError("bad value")))
            tg.create_task(fail(0.2, TypeError("bad type")))
            tg.create_task(ok(0.3, "never finishes"))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(ok(0.1, 42))
    print("result", t.result())

asyncio.run(main())
