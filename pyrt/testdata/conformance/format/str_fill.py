print(format('x', '-^9'), format('hello', '.>8'), format('tr', '*<5.1'))
