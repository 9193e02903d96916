print(__nbc_dict(1, 'a', 'b', 2, (1,), None))
