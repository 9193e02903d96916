print(format(2.0, '#.0f'), format(2.0, '#.0e'))
