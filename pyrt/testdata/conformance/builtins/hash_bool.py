print(hash(True), hash(False), hash(True) == hash(1))
