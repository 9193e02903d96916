from contextlib import suppress, closing, nullcontext

with suppress(KeyError):
    {}['missing']
print('suppressed KeyError')
with suppress(LookupError, ValueError):
    [][1]
print('suppressed IndexError via LookupError')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print('using', type(r).__name__)
with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)
with suppress():
    pass
print('done')
