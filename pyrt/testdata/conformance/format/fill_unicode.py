print(format(5, '\u2022^5'))
