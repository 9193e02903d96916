print(type(id(1)))
