import threading
out = []
lock = threading.Lock()
def gen(n):
    for i in range(n):
        yield i
def work(tag):
    s = sum(gen(2000))
    with lock:
        out.append((tag, s))
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
