print(int("-12"), int(" 42 "), int("1_000"), int(3.99), int(-3.99), int("0x1f", 16), int("z", 36))
for bad in ("", "1.5", "abc"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(int(True), int(2**70 + 0.0))
