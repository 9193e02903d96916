# mode: jupyter
import asyncio
import time

@__nbc_coroutine_at(4)
def main(pr, wp):
    print(pr, 'started')
    __nbc_await(asyncio.sleep(wp))
    print(pr, 'done')
li = []
for i in range(4):
    li.append(asyncio.create_task(main(i, 1 / (i + 1))))
start = time.time()
for i in range(4):
    __nbc_await(li[i])
end = time.time() - start
print('time took : ', end)
__nbc_display(print('main task executing'))
