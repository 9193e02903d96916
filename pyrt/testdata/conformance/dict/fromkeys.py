print(dict.fromkeys(['a', 'b']), dict.fromkeys(range(3), 0))
