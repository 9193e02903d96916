print('123'.isdecimal(), '12.3'.isdecimal(), '\u00b2'.isdigit(), '\u00bd'.isnumeric())
