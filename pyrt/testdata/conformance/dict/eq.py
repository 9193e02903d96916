print(dict([(1, 2)]) == dict([(1, 2)]), dict([(1, 2)]) == dict([(1, 3)]), dict() != dict())
