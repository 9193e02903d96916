e = OSError(2, 'No such file')
print(e.errno, e.strerror, str(e))
print(OSError('plain').errno, str(OSError('plain')))
