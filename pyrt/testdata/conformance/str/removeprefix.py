print('prefix_x'.removeprefix('prefix_'), 'abc'.removesuffix('c'), 'abc'.removeprefix('z'))
