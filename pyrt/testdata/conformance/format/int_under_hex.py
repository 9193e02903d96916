print(format(0xdeadbeef, '_x'), format(255, '_b'))
