'a'.rjust(5, 'ab')
