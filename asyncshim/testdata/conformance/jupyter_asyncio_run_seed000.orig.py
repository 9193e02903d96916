# mode: jupyter
import asyncio

async def say_hello():
    print("Hello!")
    await asyncio.sleep(1)
    print("World!")

asyncio.run(say_hello())
# %%
async def main():
    print("hello")
    await asyncio.sleep(1)
    print("Done waiting")

await main()
