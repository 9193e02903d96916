import asyncio

class Callback:

    def __init__(self, name):
        self.name = name

    def __call__(self, task):
        print('callback', self.name, task.result())

def plain(task):
    print('plain', task.get_name())

@__nbc_coroutine_at(13)
def work():
    __nbc_await(asyncio.sleep(0.1))
    return 7

@__nbc_coroutine_at(17)
def main():
    t = asyncio.create_task(work(), name='worker')
    a, b = (Callback('a'), Callback('b'))
    t.add_done_callback(a)
    t.add_done_callback(plain)
    t.add_done_callback(b)
    t.add_done_callback(b)
    print(t.remove_done_callback(b), t.remove_done_callback(b))
    __nbc_await(t)
    __nbc_await(asyncio.sleep(0))
    t.add_done_callback(plain)
    __nbc_await(asyncio.sleep(0))
asyncio.run(main())
