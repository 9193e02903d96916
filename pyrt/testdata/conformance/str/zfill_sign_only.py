print('-'.zfill(3), ''.zfill(2))
