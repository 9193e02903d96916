import asyncio
barrier = asyncio.Barrier(3)

@__nbc_coroutine_at(5)
def service(name, delay):
    print('service', name, 'ready')
    __nbc_await(asyncio.sleep(delay))
    with __nbc_acm(barrier) as position:
        print('started service', name, 'at position', position, barrier.n_waiting)
    return name

@__nbc_coroutine_at(12)
def main():
    with __nbc_acm(asyncio.TaskGroup()) as g:
        tasks = [g.create_task(service(n, d)) for n, d in (('a', 0.3), ('b', 0.1), ('c', 0.2))]
    print([t.result() for t in tasks], barrier)
    with __nbc_acm(asyncio.TaskGroup()) as g:
        for n in 'xyz':
            g.create_task(service(n, 0))
    print(barrier)
asyncio.run(main())
