print('abc'.isalpha(), 'ab1'.isalnum(), '123'.isdigit(), ' \t'.isspace(), ''.isalpha())
