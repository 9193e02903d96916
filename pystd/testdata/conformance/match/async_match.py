import asyncio

async def fetch(x):
    await asyncio.sleep(0.01)
    return {"status": x}

async def main():
    for code in [200, 404, 500]:
        match await fetch(code):
            case {"status": 200}:
                print("ok")
            case {"status": 404 | 410 as s}:
                await asyncio.sleep(0.01)
                print("gone", s)
            case {"status": s}:
                print("error", s)

asyncio.run(main())
