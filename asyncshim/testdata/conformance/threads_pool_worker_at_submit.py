# clock: real
from concurrent.futures import ThreadPoolExecutor
import time

def job(n):
    print('job', n, 'starts')
    time.sleep(0.1 * (n + 1))
    print('job', n, 'ends')
    return n * 10
ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(job, i) for i in range(3)]
print('submitted')
print([f.result() for f in fs])
results = ex.map(job, [5, 6])
print('mapped')
print(list(results))
ex.shutdown()
