print(format(12345.678, 'g'), format(0.0001234, 'g'), format(1e-5, 'g'), format(123456789.0, 'g'))
