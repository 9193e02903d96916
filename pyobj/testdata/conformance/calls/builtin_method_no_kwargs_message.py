try:
    [].append(object=1)
except TypeError as e:
    print(e)
