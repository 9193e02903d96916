# mode: jupyter
import asyncio

@__nbc_coroutine_at(3)
def main():
    return 1
loop = asyncio.get_event_loop()
print(loop.is_running())
co = main()
try:
    loop.run_until_complete(co)
except RuntimeError as e:
    print(e)
__nbc_display(co.close())
