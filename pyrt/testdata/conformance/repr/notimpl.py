print(NotImplemented)
