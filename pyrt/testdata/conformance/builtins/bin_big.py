print(bin(2**40), hex(2**64), oct(-2**33))
