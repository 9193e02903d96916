import asyncio
future = asyncio.Future()
print(future.done())
future.set_result(42)
print(future.done())
print(future.result())
