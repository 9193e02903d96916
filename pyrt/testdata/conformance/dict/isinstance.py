print(isinstance(dict(), dict), isinstance(__nbc_dict(), dict), type(dict()) is dict)
