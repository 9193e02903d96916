import asyncio

@__nbc_coroutine_at(3)
def work():
    return 1
c = work()
try:
    next(c)
except TypeError as e:
    print('TypeError:', e)
try:
    next(c, 'default')
except TypeError as e:
    print('TypeError:', e)
c.close()
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
print(next(iter([1, 2])), next(iter([]), 'empty'))
# %%
c = work()
next(c)
# %%
c.close()
print(asyncio.run(work()))
