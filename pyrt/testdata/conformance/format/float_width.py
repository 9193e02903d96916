print(repr(format(2.5, '10.2f')), repr(format(2.5, '<10.2f')), repr(format(2.5, '^10.2f')))
