# mode: jupyter
@__nbc_coroutine_at(2)
def main():
    pass
print(repr(main).startswith('<function main at 0x'))
c = main()
print(repr(c).startswith('<coroutine object main at 0x'))
print(type(c).__name__)
__nbc_display(c.close())
