print(hash('abc') == hash('abc'))
