import threading

class Worker(threading.Thread):

    def __init__(self, n):
        __nbc_super(Worker, self).__init__()
        self.n = n
        self.daemon = True

    def run(self):
        me = threading.current_thread()
        print('run', self.n, me is self, me.name, self.daemon)

class Named(threading.Thread):

    def run(self):
        print('named', self.name)
ws = [Worker(i) for i in range(2)] + [Named(name='x'), Named()]
print([w.name for w in ws])
for w in ws:
    w.start()
for w in ws:
    w.join()
print(ws[0].is_alive(), type(ws[0]).__name__, isinstance(ws[0], threading.Thread))
print(repr(threading.main_thread()).split(' ')[0])
print(repr(ws[0]).split(' ')[0:2])
t = threading.Thread(target=print, args=__nbc_ko(('plain',), 'target args'))
print(t.name)
