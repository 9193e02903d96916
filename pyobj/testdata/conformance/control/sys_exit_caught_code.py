import sys
try:
    sys.exit(3)
except SystemExit as e:
    print(e.code, e.args)
