# ImportError, NameError and AttributeError take their members as keyword
# arguments (name, path, obj), and refuse any other keyword; the other
# builtin exception classes take no keyword arguments.
for c in [ValueError, KeyError, StopIteration, SystemExit, ImportError, ModuleNotFoundError, NameError, AttributeError, UnboundLocalError]:
    try:
        c('m', foo=1)
    except TypeError as e:
        print(e)
print(ImportError('m', name='x', path='p').name, ModuleNotFoundError(name='y').name, NameError(name='n').name, AttributeError('a', name='q', obj=3).obj)
print(repr(ImportError('m', name='x')), ImportError('m', name='x').args, ImportError('m', path='x').msg)
try:
    NameError('m', obj=1)
except TypeError as e:
    print(e)
class MissingDep(ImportError):
    def __init__(self, pkg):
        super().__init__(f"install {pkg}", name=pkg)
try:
    raise MissingDep("numpy")
except ImportError as e:
    print(e, e.name, e.path, e.msg, repr(e), type(e).__name__)
e = ImportError('m', name='x')
e.__init__('n')
print(e.name, e.args)
print(isinstance(ModuleNotFoundError('z'), ImportError), vars(ImportError('m', name='x')))
try:
    import nosuchmod2
except ModuleNotFoundError as e:
    print(e.name, e.msg)
