class E(Exception): pass
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise E('wrapped') from z
except E as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
