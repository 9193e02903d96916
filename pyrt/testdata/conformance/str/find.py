print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.find('l', 3))
