print(__nbc_dict_from((i, i * i) for i in range(4)))
