print(format(65, 'c'), format(0x263a, 'c'))
