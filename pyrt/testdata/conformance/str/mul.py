print('ab' * 3, 3 * 'x', 'a' * 0)
