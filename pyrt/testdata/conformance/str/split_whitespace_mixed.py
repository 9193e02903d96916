print(' a\tb\nc '.split())
