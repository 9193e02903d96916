print(int, str, float, list, tuple, dict, set, bool, type(None))
