import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 1, 1), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2024, 12))
print(calendar.monthcalendar(2024, 2))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.month_name[12], len(calendar.month_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.month(2024, 1))
print(calendar.month(2024, 2, w=3, l=2))
calendar.prmonth(2023, 10)
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9))
print(calendar.calendar(2024))
calendar.prcal(2023, w=3, l=1, c=4, m=4)
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), cal.monthdayscalendar(2024, 3)[:2])
print(cal.monthdatescalendar(2024, 3)[0][:3], list(cal.itermonthdays2(2024, 3))[:8])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 3))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0])
print(calendar.month(2025, 6))
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7), lambda: calendar.month(2024, 0)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
