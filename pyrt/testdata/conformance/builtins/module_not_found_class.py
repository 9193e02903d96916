print(issubclass(ModuleNotFoundError, ImportError))
