def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)
    except BaseException as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "no error")

def catch_group():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass

def catch_tuple_with_group():
    try:
        raise ValueError()
    except* (ValueError, BaseExceptionGroup):
        pass

def catch_non_exception():
    try:
        raise ValueError()
    except* int:
        pass

def nothing_raised():
    try:
        pass
    except* ExceptionGroup:
        pass

def second_clause_checked_only_if_reached():
    try:
        raise ValueError()
    except* ValueError:
        print("  handled")
    except* ExceptionGroup:
        pass

attempt("except* ExceptionGroup", catch_group)
attempt("tuple with BaseExceptionGroup", catch_tuple_with_group)
attempt("except* int", catch_non_exception)
attempt("nothing raised", nothing_raised)
attempt("second clause", second_clause_checked_only_if_reached)
