print((1.5).real, (1.5).imag, (0.75).as_integer_ratio(), (2.0).is_integer(), (1.5).hex())
