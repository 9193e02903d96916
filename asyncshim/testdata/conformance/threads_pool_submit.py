# clock: real
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def task(n):
    time.sleep(n)
    return n
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(task, n) for n in (0.9, 0.3, 0.6)]
    for f in as_completed(futs):
        print('done', f.result())
    print(futs[0].done(), futs[0].result())
