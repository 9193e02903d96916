print(hash(1), hash(-1), hash(0), hash(2**61), hash(2**61 - 1), hash(-2**61))
