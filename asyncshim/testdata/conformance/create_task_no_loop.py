import asyncio

@__nbc_coroutine_at(2)
def c():
    pass
co = c()
try:
    asyncio.create_task(co)
except RuntimeError as e:
    print(e)
co.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
