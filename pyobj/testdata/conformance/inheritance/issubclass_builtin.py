print(issubclass(bool, int), isinstance(True, int), issubclass(KeyError, LookupError), issubclass(int, object))
