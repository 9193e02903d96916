print(repr(' x '.strip(None)))
