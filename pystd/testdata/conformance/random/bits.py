# getrandbits and randbytes.
import random

random.seed(8)
print([random.getrandbits(k) for k in [0, 1, 2, 8, 31, 32, 33, 63, 64, 65]])
print(random.getrandbits(200))
print(random.getrandbits(1000) % 10**20)
print(random.randbytes(0), random.randbytes(1), random.randbytes(7))
print(random.randbytes(16).hex())
r = random.Random(8)
print(r.getrandbits(32), r.getrandbits(32))
