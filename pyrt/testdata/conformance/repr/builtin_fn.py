print(len, print, repr(abs))
