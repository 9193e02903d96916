print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (5).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
