print(int('1_000'), int(' 42 '), int('0x1f', 16), int('ff', 16), int('-12'), int('+7'), int('0b101', 0), int('0o17', 0), int('z', 36))
print(int('12', base=8), int(b'42'), int(), int('0', 0), int('000'), int('1' * 25))
