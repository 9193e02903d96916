# glibc strftime flags (- _ 0 ^ #), widths and E/O modifiers, in datetime and time.
import datetime, time
for d in [datetime.datetime(2024, 3, 5, 7, 8, 9), datetime.datetime(1999, 12, 31, 23, 59, 0, 5, tzinfo=datetime.timezone.utc), datetime.datetime(5, 1, 1)]:
    for f in ['%-d', '%-m', '%-I', '%-H', '%-M', '%-S', '%-j', '%-y', '%^a', '%^B', '%_d', '%_m', '%0e', '%-e', '%#b', '%-Y', '%^p', '%#p', '%-U', '%_H', '%^c', '%-f', '%^Z', '%#Z', '%-z', '%10d', '%-', '%E', '%Ey', '%Od', '%P', '%+', '%5a', '%-5d', '%_5d', '%05e', '%3Y', '%6Y', '%-C', '%_j', '%^x', '%f%', '%%-d', '%-%', '%q', '%-q', '%_10B', '%010B', '%^10b']:
        print(repr(f), repr(d.strftime(f)), repr(time.strftime(f, d.timetuple())) if d.year > 1000 else '')
