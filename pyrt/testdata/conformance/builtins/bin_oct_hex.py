print(bin(10), oct(8), hex(255), bin(-5), hex(-255), hex(0))
