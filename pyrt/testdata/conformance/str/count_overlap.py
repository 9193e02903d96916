print('aaaa'.count('aa'))
