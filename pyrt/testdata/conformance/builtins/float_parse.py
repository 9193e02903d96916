print(float('1e5'), float(' 2.5 '), float('inf'), float('-Infinity'), float('-nan'), float('1_000.5'), float('.5'), float('1e400'))
for s in ['abc', '1__0', '', '1.2.3', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print(e)
