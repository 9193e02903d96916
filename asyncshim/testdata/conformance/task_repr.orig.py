import asyncio
async def foo():
    await asyncio.sleep(1)
    return 5
async def main():
    t = asyncio.create_task(foo())
    print(t.get_name(), t.done())
    await t
    print(t.get_name(), t.done(), t.result())
    t2 = asyncio.create_task(foo(), name="worker")
    print(t2.get_name())
    t2.set_name("renamed")
    print(t2.get_name())
    await t2
    print(repr(t2).startswith("<Task finished name='renamed' coro=<foo() done"))
asyncio.run(main())
