try:
    exit(4)
except SystemExit as e:
    print("exit()", e.code)
