import urllib.error

e = urllib.error.URLError('[Errno -2] Name or service not known')
print(str(e), e.reason, e.args, isinstance(e, OSError))
h = urllib.error.HTTPError('http://h/', 404, 'Not Found', {}, None)
print(str(h), repr(h), h.code, h.reason, isinstance(h, urllib.error.URLError))
try:
    raise urllib.error.URLError('timed out')
except OSError as err:
    print(type(err).__name__, err)
