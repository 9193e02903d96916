import asyncio

@__nbc_coroutine_at(2)
def c():
    pass
loop = asyncio.new_event_loop()
loop.close()
co = c()
try:
    loop.run_until_complete(co)
except RuntimeError as e:
    print(e)
co.close()
