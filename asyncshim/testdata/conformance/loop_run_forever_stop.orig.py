import asyncio
loop = asyncio.new_event_loop()
def tick(n):
    print("tick", n)
    if n == 3:
        loop.stop()
    else:
        loop.call_later(1, tick, n + 1)
loop.call_soon(tick, 1)
loop.run_forever()
print("stopped")
loop.close()
