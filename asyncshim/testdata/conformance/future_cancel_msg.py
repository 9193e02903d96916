import asyncio

@__nbc_coroutine_at(2)
def main():
    f = asyncio.get_running_loop().create_future()
    print(f.cancel(msg='stop it'))
    print(f.cancelled(), f.done(), repr(f))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    print(f.cancel())
asyncio.run(main())
