# mode: jupyter
async def main():
    pass
print(repr(main).startswith("<function main at 0x"))
c = main()
print(repr(c).startswith("<coroutine object main at 0x"))
print(type(c).__name__)
c.close()
