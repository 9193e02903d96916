# mode: jupyter
# expected: manual
import asyncio
import nest_asyncio
import time

nest_asyncio.apply()

async def main():
    print("Start of main coroutine")
# %%
asyncio.run(main())
# %%
async def fetch_data(delay, id):
    print("Fetching.....")
    await asyncio.sleep(delay)
    print("Data fetched")
    return {"data":'010110', "id":id}
async def main():
    print("Start of main coroutine")
    task_1 = fetch_data(0.5, 0)
    data = await task_1
    print(f"Recived data = {data}")
    print("End of coroutine")

asyncio.run(main())
# %%
async def fetch_data(delay, id):
    print(f"Coroutine {id} starting to fetch data.")
    await asyncio.sleep(delay)
    return {"data":'010110', "id":id}

async def main():
    time_1 = time.time()
    print("Start of main coroutine")
    task_1 = asyncio.create_task(fetch_data(0.5, 0))
    task_2 = asyncio.create_task(fetch_data(1, 1))
    print(f"Tasks created")
    data_1 = await task_1
    print(f"Recived data = {data_1}")
    data_2 = await task_2
    print(f"Recived data = {data_2}")
    time_2= time.time()
    print("End of main coroutine")
    print(f"Time elapsed = {time_2-time_1}")
asyncio.run(main())
