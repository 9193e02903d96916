import asyncio
class O:
    def m(self, x): return ("m", x)
async def val(v):
    await asyncio.sleep(0)
    return v
async def main():
    o = O()
    print(o.m(await val(1)))
    print(o.m(2 + await val(3)))
    print(o.m(await val(4), ) , [o.m(await val(i)) for i in range(2)])
asyncio.run(main())
