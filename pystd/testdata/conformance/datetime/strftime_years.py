# %C and friends for years before 1000, in datetime and time.
import datetime, time
for y in [1, 5, 50, 99, 100, 999, 1000, 2024, 9999]:
    d = datetime.date(y, 1, 1)
    print(y, repr(d.strftime('%C|%Y|%G|%g|%y|%-C|%_C|%05Y|%_Y|%-y')), repr(time.strftime('%C|%Y', (y,1,1,0,0,0,0,1,0))))
