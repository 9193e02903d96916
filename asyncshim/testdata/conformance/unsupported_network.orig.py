import asyncio
async def main():
    try:
        await asyncio.open_connection("example.com", 80)
    except Exception as e:
        print(type(e).__name__)
asyncio.run(main())
