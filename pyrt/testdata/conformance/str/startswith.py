print('hello'.startswith('he'), 'hello'.startswith(('x', 'h')), 'hello'.startswith('l', 2), 'hello'.endswith('lo'))
