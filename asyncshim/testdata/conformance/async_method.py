import asyncio

class Svc:

    def __init__(self, name):
        self.name = name

    @__nbc_coroutine_at(5)
    def fetch(self, d):
        __nbc_await(asyncio.sleep(d))
        return self.name + ' fetched'

@__nbc_coroutine_at(8)
def main():
    s = Svc('svc')
    print(__nbc_await(s.fetch(1)))
    print(__nbc_await(asyncio.gather(s.fetch(2), Svc('other').fetch(1))))
    print(asyncio.iscoroutinefunction(s.fetch))
asyncio.run(main())
