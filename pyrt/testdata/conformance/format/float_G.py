print(format(1e-10, 'G'), format(float('inf'), 'G'), format(float('nan'), 'F'))
