print(str(int), str(ValueError), repr(dict))
