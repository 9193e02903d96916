def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    raise_group()
except* ValueError as eg:
    print("ValueError part:", repr(eg))
    print("  message:", eg.message, "count:", len(eg.exceptions))
    print("  str:", eg)
except* (TypeError, KeyError) as eg:
    print("TypeError/KeyError part:", repr(eg))
print("all handled")

try:
    raise_group()
except* LookupError as eg:
    print("LookupError takes the KeyError:", eg.exceptions)
except* Exception as eg:
    print("Exception takes the rest:", eg.exceptions)
