import asyncio

def cb(name):

    def inner(fut):
        print('callback', name, fut.result())
    return inner

@__nbc_coroutine_at(6)
def main():
    f = asyncio.get_running_loop().create_future()
    a = cb('a')
    f.add_done_callback(a)
    f.add_done_callback(cb('b'))
    f.add_done_callback(a)
    print(f.remove_done_callback(a))
    f.set_result(7)
    print('set')
    __nbc_await(asyncio.sleep(0))
    print('after sleep 0')
    f.add_done_callback(cb('late'))
    __nbc_await(asyncio.sleep(0))
asyncio.run(main())
