e = ValueError('x')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
