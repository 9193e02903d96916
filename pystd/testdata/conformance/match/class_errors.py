def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)
    else:
        print(label, "no error")

def not_a_class():
    match 1:
        case len():
            pass

class P:
    pass

def too_many():
    match P():
        case P(1):
            pass

def too_many_int():
    match 1:
        case int(1, 2):
            pass

class L:
    __match_args__ = ["a"]
    a = 1

def list_args():
    match L():
        case L(x):
            pass

class N:
    __match_args__ = (1,)

def non_str():
    match N():
        case N(x):
            pass

class D:
    __match_args__ = ("a",)
    a = 1

def duplicate():
    match D():
        case D(x, a=y):
            pass

class Two:
    __match_args__ = ("a", "b")
    a = b = 2

def too_many_two():
    match Two():
        case Two(1, 2, 3):
            pass

def no_error_when_not_instance():
    match "str":
        case P(1):
            pass

attempt("not a class", not_a_class)
attempt("P(1)", too_many)
attempt("int(1, 2)", too_many_int)
attempt("list __match_args__", list_args)
attempt("non-str __match_args__", non_str)
attempt("duplicate", duplicate)
attempt("Two(1, 2, 3)", too_many_two)
attempt("not an instance", no_error_when_not_instance)

def complex_positional():
    match 1j:
        case complex(x):
            pass

def mixed_twice():
    class Pt:
        __match_args__ = ("x", "y")
        x = y = 0
    match Pt():
        case Pt(0, 0, x=0):
            pass

attempt("complex(x)", complex_positional)
attempt("Pt(0, 0, x=0)", mixed_twice)
