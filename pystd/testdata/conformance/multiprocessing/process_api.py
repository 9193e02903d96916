import multiprocessing as mp
import time


class Worker(mp.Process):
    def __init__(self, n, q):
        super().__init__()
        self.n = n
        self.q = q

    def run(self):
        time.sleep(0.01 * self.n)
        self.q.put((self.n, mp.current_process().name))


if __name__ == '__main__':
    q = mp.Queue()
    ws = [Worker(i, q) for i in range(3)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print(sorted(q.get() for _ in range(3)))
    print([w.exitcode for w in ws], [w.is_alive() for w in ws])

    def exits():
        raise SystemExit(3)

    p = mp.Process(target=exits)
    p.start()
    p.join()
    print('exitcode', p.exitcode)

    counter = mp.Value('i', 0)
    arr = mp.Array('d', 3)

    def bump(c, a, i):
        with c.get_lock():
            c.value += 1
        a[i] = i * 1.5

    ps = [mp.Process(target=bump, args=(counter, arr, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value, list(arr))

    with mp.Pool(2) as pool:
        res = pool.map_async(abs, [-1, -2, 3])
        print(res.get(), res.ready(), res.successful())
        print(list(pool.imap(str, [1, 2, 3])))
        r = pool.apply_async(int, ('x',))
        try:
            r.get()
        except ValueError as e:
            print('ValueError', e)
