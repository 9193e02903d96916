print(chr(65), chr(0x263a), ord('a'), ord('\u00e9'))
