print('www.example.com'.strip('cmowz.'), '\t\n a \r'.strip())
