print(repr(-2**200))
print(str(10**30 - 1))
print(f"{2**70:,}", f"{-255:x}", f"{2**64:o}", hex(-2**64), bin(2**65))
