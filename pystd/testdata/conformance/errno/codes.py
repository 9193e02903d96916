import errno

# Every symbolic name and its value, and the reverse table.
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
for n in names:
    print(n, getattr(errno, n))
print(len(errno.errorcode))
for v in sorted(errno.errorcode):
    print(v, errno.errorcode[v])
# Aliases share a value; errorcode keeps one name for it.
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EAGAIN])
print(errno.EDEADLOCK == errno.EDEADLK, errno.errorcode[errno.EDEADLK])
print(errno.ENOTSUP == errno.EOPNOTSUPP, errno.errorcode[errno.EOPNOTSUPP])
