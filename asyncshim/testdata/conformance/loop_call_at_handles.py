import asyncio

def cb(name):
    print('callback', name, round(asyncio.get_running_loop().time() - START, 2))

@__nbc_coroutine_at(6)
def main():
    global START
    loop = asyncio.get_running_loop()
    START = loop.time()
    h1 = loop.call_at(START + 0.3, cb, 'at')
    h2 = loop.call_later(0.2, cb, 'later')
    h3 = loop.call_later(0.1, cb, 'cancelled')
    h4 = loop.call_soon(cb, 'soon')
    h3.cancel()
    print(h3.cancelled(), h2.cancelled(), round(h1.when() - START, 2))
    print(type(h1).__name__, type(h4).__name__)
    __nbc_await(asyncio.sleep(0.5))
    print('done')
asyncio.run(main())
