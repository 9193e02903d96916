print(__nbc_dict(), type(__nbc_dict()))
