# clock: real
import threading, time

def work():
    time.sleep(1.5)
    print('work done')
t = threading.Thread(target=work)
t.start()
t.join(timeout=0.5)
print('after join timeout', t.is_alive())
t.join()
print('joined', t.is_alive())
