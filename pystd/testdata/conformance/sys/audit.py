# sys.audit and sys.addaudithook. CPython raises its own events too
# (open, import, exec): the hooks here look only at the cases' events.
import sys

seen = []
def hook(event, args):
    if event.startswith('case.') or event == 'sys.addaudithook':
        seen.append((event, args))
        print('hook', event, args)

print(sys.audit('case.before'))
sys.audit(1)  # no hook yet: not even the type is checked
sys.addaudithook(hook)
sys.audit('case.one', 1, [2], 'three')
sys.audit('case.none')
try:
    sys.audit(1)
except TypeError as e:
    print('TypeError', e)
try:
    sys.audit()
except TypeError as e:
    print('TypeError', e)
try:
    sys.audit(event='case.kw')
except TypeError as e:
    print('TypeError', e)

def refuse(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')
sys.addaudithook(refuse)
def never(event, args):
    print('never called')
print(sys.addaudithook(never))
sys.audit('case.after_refusal')

def boom(event, args):
    if event == 'case.boom':
        raise ValueError('boom')
try:
    sys.addaudithook()
except TypeError as e:
    print('TypeError', e)
print(len(seen))
