# An exception has only the attributes its class and its own __dict__
# give: gpython answered any other name with the exception's args.
import copy
e = ValueError("bad value")
print(hasattr(e, "anything"), hasattr(e, "message"), hasattr(e, "args"))
print(getattr(e, "errno", None), getattr(e, "code", "no code"))
try:
    getattr(e, "mess" + "age")
except AttributeError as err:
    print("AttributeError:", err)
    print(err.name, err.obj is e)
class AppError(Exception):
    def __init__(self, msg, code=3):
        super().__init__(msg)
        self.code = code
a = AppError("failed")
print(a.code, hasattr(a, "message"), getattr(a, "message", "none"), getattr(a, "detail", None))
try:
    raise AppError("again", 7)
except Exception as err:
    msg = err.message if hasattr(err, "message") else str(err)
    print(msg, getattr(err, "code", None))
class Lenient(Exception):
    def __getattr__(self, name):
        return "lenient:" + name
    def f(self):
        return self.declared
print(Lenient().zzz, getattr(Lenient(), "other"), Lenient().f(), Lenient("x").args)
class Strict(Exception):
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)
print(Strict().secret, Strict("y").args, hasattr(Strict(), "nothing"))
# the attributes CPython's exceptions do have
o = OSError(2, "No such file or directory", "f.txt")
print(o.errno, o.strerror, o.filename, o.filename2, hasattr(o, "characters_written"))
print(StopIteration(5).value, SystemExit(3).code, KeyError("k").args)
print(e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
print(hasattr(e, "__notes__"))
e.add_note("a note")
print(e.__notes__, type(e).__doc__ == e.__doc__)
s = SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n"))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
s = SyntaxError("plain")
print(s.msg, s.filename, s.lineno, s.text, s.print_file_and_line)
print(ImportError("no mod").msg, ImportError("no mod").name, ImportError("no mod").path)
print(NameError("n").name, AttributeError("m").name, AttributeError("m").obj)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
# a value set on an exception is kept, and copied
e.extra = 1
setattr(e, "dynamic_" + "name", 2)
print(e.extra, getattr(e, "dynamic_name"), sorted(vars(e)))
c = copy.copy(e)
d = copy.deepcopy(e)
print(c, c.extra, c.dynamic_name, d, d.extra, d.dynamic_name, d.__notes__)
# probes Go code makes on any object
print("%s / %r" % (e, e), "{0.args}".format(e))
try:
    "{0.nope}".format(e)
except AttributeError as err:
    print("AttributeError:", err)
try:
    with e:
        pass
except TypeError as err:
    print("TypeError:", err)
try:
    reversed(e)
except TypeError as err:
    print("TypeError:", err)
try:
    hasattr(e)
except TypeError as err:
    print("TypeError:", err)
try:
    hasattr(e, 1)
except TypeError as err:
    print("TypeError:", err)
class Boom:
    @property
    def x(self):
        raise ValueError("boom")
try:
    hasattr(Boom(), "x")
except ValueError as err:
    print("ValueError:", err)
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)
