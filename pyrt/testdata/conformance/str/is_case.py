print('ABC'.isupper(), 'abc'.islower(), 'Abc'.isupper(), '123'.isupper(), 'A1'.isupper())
