import time
t = time.gmtime(1700000000)
print(t)
print(repr(time.localtime(1700000000.7)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %u %p %I %y %c %x %X %Z %z %%", t))
print(time.strftime("%U %W %G %V %g %e %D %F %T %R %C %k %l %s", t))
print(time.strftime("%Z", time.localtime(0)), repr(time.strftime('%Z', (2024,1,2,3,4,5,1,2,0))))
print(time.asctime(t), time.ctime(1700000000), time.asctime(time.gmtime(86400*5)))
print(time.mktime(t), time.mktime((2024,13,40,0,0,0,0,0,0)), time.asctime((2024,1,2,3,4,5,0,0,0)))
print(t.tm_year, t[0], t[-1], t[1:3], len(t), tuple(t), list(t))
print(t.tm_zone, t.tm_gmtoff, time.localtime(5).tm_zone)
print(type(time.time_ns()), type(time.perf_counter_ns()), type(time.monotonic_ns()), type(time.process_time()), type(time.thread_time()))
print(time.struct_time((2024,1,2,3,4,5,1,2,0)))
s = time.struct_time([1]*11); print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time([1]*9); print(s, s.tm_zone, s.tm_gmtoff)
print(time.strftime("%Y", (2024,1,2,3,4,5,1,2,0)), time.strftime('%Y-%m-%d', (2024,0,0,0,0,0,0,0,0)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.strptime("2024-01-02", "%Y-%m-%d"))
print(time.strptime("Tue Nov 14 22:13:20 2023"))
print(time.strptime("14 Nov 2023 10pm UTC", "%d %b %Y %I%p %Z"))
print(t == time.gmtime(1700000000), hash(t) == hash(time.gmtime(1700000000)))
print(time.gmtime(0) == (1970,1,1,0,0,0,3,1,0), time.gmtime(0) < time.gmtime(1), time.gmtime(2) > time.gmtime(1))
print(type(t))
print(time.gmtime(-1.5))
for bad in [lambda: time.strftime("%Y", (1,)), lambda: time.asctime([1]*9), lambda: time.mktime((1,)),
            lambda: time.struct_time((1,2,3)), lambda: time.struct_time([1]*12),
            lambda: time.strftime('%Y', (2024,13,1,0,0,0,0,0,0)), lambda: time.strftime('%Y', (2024,1,1,24,0,0,0,0,0)),
            lambda: time.strptime('2024', '%Q'), lambda: time.strptime('x2024', '%Y'), lambda: time.strptime('2024x', '%Y'),
            lambda: time.get_clock_info('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for n in ['time','monotonic','perf_counter','process_time','thread_time']:
    print(time.get_clock_info(n))
