class B:
    def __ror__(self, o): return 'ror ' + str(o)
    def __rand__(self, o): return 'rand'
print(1 | B(), 1 & B())
