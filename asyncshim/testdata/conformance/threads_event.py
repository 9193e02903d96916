# clock: real
import threading, time
ev = threading.Event()

def waiter():
    print('waiting')
    ev.wait()
    print('event seen')
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.5)
print('setting')
ev.set()
t.join()
print(ev.is_set(), ev.wait(0.1))
