# At module level, stacklevel=2 has no caller frame: CPython then reports
# the location as sys:1, as nbcheck always does.
import sys
import warnings

sys.stderr = sys.stdout
warnings.warn('plain warning', stacklevel=2)
warnings.warn('runtime issue', RuntimeWarning, stacklevel=2)
warnings.warn(FutureWarning('instance warning'), stacklevel=2)
warnings.warn('plain warning', stacklevel=2)
print('after warnings')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded one', stacklevel=2)
    warnings.warn('recorded two', UserWarning, stacklevel=2)
print(len(caught), [str(w.message) for w in caught], caught[0].category.__name__)
print(issubclass(caught[1].category, UserWarning))

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('silenced', stacklevel=2)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', stacklevel=2)
    except UserWarning as e:
        print('caught', type(e).__name__, e)

with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='noisy')
    warnings.warn('noisy message', stacklevel=2)
    warnings.warn('quiet message', stacklevel=2)

with warnings.catch_warnings():
    warnings.filterwarnings('ignore', category=RuntimeWarning)
    warnings.warn('rt', RuntimeWarning, stacklevel=2)
    warnings.warn('user', UserWarning, stacklevel=2)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10), end='')
print(warnings.formatwarning('msg', DeprecationWarning, 'f.py', 3, 'x = 1'), end='')
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print(type(e).__name__, e)
