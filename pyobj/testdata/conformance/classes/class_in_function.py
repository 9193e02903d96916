def make():
    class Local:
        def v(self):
            return 7
    return Local
L = make()
print(L().v(), L.__name__)
