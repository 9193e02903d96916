# mode: jupyter
# expected: manual
import asyncio
import nest_asyncio
import time
nest_asyncio.apply()

@__nbc_coroutine_at(9)
def main():
    print('Start of main coroutine')
# %%
__nbc_display(asyncio.run(main()))
# %%
@__nbc_coroutine_at(1)
def fetch_data(delay, id):
    print('Fetching.....')
    __nbc_await(asyncio.sleep(delay))
    print('Data fetched')
    return __nbc_dict('data', '010110', 'id', id)

@__nbc_coroutine_at(6)
def main():
    print('Start of main coroutine')
    task_1 = fetch_data(0.5, 0)
    data = __nbc_await(task_1)
    print(__nbc_cat('Recived data = ', __nbc_fmt(data, '', '')))
    print('End of coroutine')
__nbc_display(asyncio.run(main()))
# %%
@__nbc_coroutine_at(1)
def fetch_data(delay, id):
    print(__nbc_cat('Coroutine ', __nbc_fmt(id, '', ''), ' starting to fetch data.'))
    __nbc_await(asyncio.sleep(delay))
    return __nbc_dict('data', '010110', 'id', id)

@__nbc_coroutine_at(6)
def main():
    time_1 = time.time()
    print('Start of main coroutine')
    task_1 = asyncio.create_task(fetch_data(0.5, 0))
    task_2 = asyncio.create_task(fetch_data(1, 1))
    print(__nbc_cat('Tasks created'))
    data_1 = __nbc_await(task_1)
    print(__nbc_cat('Recived data = ', __nbc_fmt(data_1, '', '')))
    data_2 = __nbc_await(task_2)
    print(__nbc_cat('Recived data = ', __nbc_fmt(data_2, '', '')))
    time_2 = time.time()
    print('End of main coroutine')
    print(__nbc_cat('Time elapsed = ', __nbc_fmt(time_2 - time_1, '', '')))
__nbc_display(asyncio.run(main()))
