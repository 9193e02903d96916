print('a b c'.rsplit(None, 1), 'a,b,c'.rsplit(',', 1), '  a  b  '.rsplit())
