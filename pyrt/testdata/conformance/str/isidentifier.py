print('abc'.isidentifier(), '1a'.isidentifier(), '_x1'.isidentifier(), ''.isidentifier())
