for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print((-2**63) // -1)
print(-1 // 2**70, (-1) % 2**70)
