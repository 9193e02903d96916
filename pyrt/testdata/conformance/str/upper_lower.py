print('Hello'.upper(), 'Hello'.lower(), 'hello world'.title(), 'hELLO'.swapcase())
