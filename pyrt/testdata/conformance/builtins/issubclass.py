print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(ValueError, Exception), issubclass(KeyError, IndexError))
