import asyncio

class Res:

    @__nbc_coroutine_at(3)
    def __aenter__(self):
        print('enter')
        __nbc_await(asyncio.sleep(1))
        return 'resource'

    @__nbc_coroutine_at(7)
    def __aexit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None)
        return False

@__nbc_coroutine_at(10)
def main():
    with __nbc_acm(Res()) as r:
        print('using', r)
    try:
        with __nbc_acm(Res()):
            raise ValueError('inside')
    except ValueError:
        print('propagated')
asyncio.run(main())
