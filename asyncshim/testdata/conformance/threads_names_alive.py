# clock: real
import threading, time

def work():
    time.sleep(0.5)
t = threading.Thread(target=work, name=__nbc_ko('Worker-A', 'target name'))
print(t.name, t.is_alive())
t.start()
print(t.is_alive(), threading.active_count())
t.join()
print(t.is_alive(), threading.active_count())
print(threading.current_thread().name, threading.main_thread().name)
t2 = threading.Thread(target=work)
print(t2.name)
