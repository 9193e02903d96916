# mode: jupyter
import asyncio

async def main():
    print("Hello,")
    await asyncio.sleep(2)
    print("World!!!!!!!")

main()
# %%
asyncio.run(main())
# %%
await main()
# %%
async def main():
    print('I am Main')
    task = asyncio.create_task(foo('I am foo'))
    print('finished')

async def foo(text):
    print(text)
    await asyncio.sleep(2)

await main()
# %%
async def main():
    print('I am Main')
    task = asyncio.create_task(foo('I am foo'))
    await asyncio.sleep(0.5)
    print('finished')

async def foo(text):
    print(text)
    await asyncio.sleep(10)

await main()
# %%
async def restaurant():
    print("you placed another order and ordered waiter to bring after the biryani finished")
    task = asyncio.create_task(order('Nan with paneer butter masala'))
    print("you are eating biryani")
    print("your Biryani is finished")

async def order(text):
    await asyncio.sleep(5)
    print("Your order", text, 'ready to serve')

await restaurant()
print("cell code returned")
