try:
    1 in 5
except TypeError as e:
    print(e)
