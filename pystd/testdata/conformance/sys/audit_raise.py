# A hook's exception comes out of sys.audit; out of sys.addaudithook only
# when it is not an Exception (one that is keeps the new hook out, silently).
import sys

def hook(event, args):
    if event == 'case.boom':
        raise ValueError('boom: ' + repr(args))
    if event == 'sys.addaudithook' and refuse:
        raise refuse
refuse = None
sys.addaudithook(hook)
try:
    sys.audit('case.boom', 1, 2)
except ValueError as e:
    print('ValueError', e)
sys.audit('case.fine')
refuse = KeyError('refused')
print(sys.addaudithook(print))
sys.audit('case.print_not_added')
refuse = SystemExit(3)
try:
    sys.addaudithook(print)
except SystemExit as e:
    print('SystemExit', e.code)
refuse = None
sys.addaudithook(lambda ev, args: ev.startswith('case.') and print('lambda hook', ev, args))
sys.audit('case.last', 'x')
