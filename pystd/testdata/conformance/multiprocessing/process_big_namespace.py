# A process started from a notebook that holds a large list copies the
# namespace as fork would, quickly: the list is copied, the child's
# append stays in the child.
import multiprocessing

arr = [1 for _ in range(300000)]
LIST = []


def worker():
    LIST.append('item')
    arr.append(2)


processes = [multiprocessing.Process(target=worker) for _ in range(5)]
for p in processes:
    p.start()
for p in processes:
    p.join()
print(LIST, len(arr), arr[-1])
