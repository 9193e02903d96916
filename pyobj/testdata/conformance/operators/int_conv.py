class I:
    def __int__(self):
        return 7
print(int(I()))
