for s in ['1__0', '_1', '1_', 'x', '', '0x', '012']:
    try:
        int(s, 0 if s == '012' else 10)
    except ValueError as e:
        print(e)
try:
    int(5, 2)
except TypeError as e:
    print(e)
