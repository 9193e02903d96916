import multiprocessing
LIST = []
def worker():
    LIST.append('item')
processes = [multiprocessing.Process(target=worker) for _ in range(5)]
for p in processes:
    p.start()
for p in processes:
    p.join()
print(LIST)
from multiprocessing import Process, Queue
def f(q):
    q.put([42, None, 'hello'])
q = Queue()
p = Process(target=f, args=(q,))
p.start()
p.join()
print(q.get())
print(p.exitcode, p.name)
def sq(x):
    return x * x
with multiprocessing.Pool(3) as pool:
    print(pool.map(sq, range(6)))
    print(pool.starmap(pow, [(2, 3), (3, 2)]))
    r = pool.apply_async(sq, (7,))
    print(r.get())
print(multiprocessing.current_process().name)
