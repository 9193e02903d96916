try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", [e.args for e in eg.exceptions])
except* TypeError as eg:
    print("types", [e.args for e in eg.exceptions])
