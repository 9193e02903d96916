import asyncio
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
