# mode: jupyter
import asyncio
import time
async def main(pr, wp):
    print(pr,'started')
    await asyncio.sleep(wp)
    print(pr, 'done')
li = []
for i in range(4):
    li.append(asyncio.create_task(main(i, 1/(i+1))))
start = time.time()
for i in range(4):
    await li[i]
end = time.time() -start
print('time took : ', end)
print('main task executing')
