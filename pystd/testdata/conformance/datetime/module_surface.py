# The module namespace, type names and read-only attributes.
import datetime
print(repr(datetime.tzinfo())[:25], type(datetime.date(2024,1,1)), datetime.date, datetime.timezone.utc.__class__)
try:
    datetime.date(2024,1,1).foo
except AttributeError as e:
    print(e)
try:
    datetime.date(2024,1,1).year = 5
except AttributeError as e:
    print(e)
print(datetime.date.__name__, datetime.date.__qualname__, datetime.date.__module__)
print(isinstance(datetime.date(1,1,1), datetime.date), datetime.date.min.__class__.__name__)
for obj, attr in [(datetime.date(2024,1,1), 'year'), (datetime.datetime(2024,1,1), 'hour'), (datetime.datetime(2024,1,1), 'day'),
                  (datetime.timedelta(1), 'days'), (datetime.time(1), 'tzinfo')]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print(e)
    try:
        delattr(obj, attr)
    except AttributeError as e:
        print(e)
print(type(datetime.date(2024,1,1).isocalendar()).__name__, hasattr(datetime, 'IsoCalendarDate'))
print(sorted(datetime.__all__))
