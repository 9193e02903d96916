import asyncio

@__nbc_coroutine_at(2)
def get():
    return asyncio.get_running_loop()
l1 = asyncio.run(get())
l2 = asyncio.run(get())
print(l1 is l2, l1.is_closed(), l2.is_closed())
