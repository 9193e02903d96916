print(format(1.0, '#g'), format(100.0, '#.3g'), format(1e10, '#g'))
