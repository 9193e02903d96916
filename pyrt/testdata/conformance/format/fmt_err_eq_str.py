format('a', '=5')
