print(list(enumerate('ab')), list(enumerate('ab', 1)), list(enumerate('ab', start=10)))
