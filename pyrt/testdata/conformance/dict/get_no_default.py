print(dict().get('a'))
