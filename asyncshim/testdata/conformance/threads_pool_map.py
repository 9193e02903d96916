# clock: real
from concurrent.futures import ThreadPoolExecutor
import time

def square(x):
    time.sleep(0.2)
    return x * x
start = time.time()
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(8))))
print('elapsed', round(time.time() - start, 1))
