try:
    {}['missing']
except KeyError as e:
    print(str(e), repr(e), e.args)
print(str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)))
