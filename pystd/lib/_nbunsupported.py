"""Stand-ins for the functions of a standard module that nbcheck does not
provide: calling one raises NotImplementedError('unsupported: ...'), which
makes the cell unsupported rather than wrong."""


def function(qualname, why=None):
    """Returns a stand-in for the function qualname ('hashlib.blake2b',
    'pathlib.Path.stat'), whose call says it is unsupported, and why."""
    message = 'unsupported: ' + qualname
    if why:
        message += ' (' + why + ')'

    def f(*args, **kwargs):
        raise NotImplementedError(message)
    f.__name__ = qualname.rsplit('.', 1)[-1]
    f.__qualname__ = qualname.split('.', 1)[-1]
    return f
