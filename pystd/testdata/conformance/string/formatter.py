# string.Formatter: format, parse, and overriding its steps.
import string

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3), f.format("{0}{1}{0}", "a", "b"))
print(f.format("{name!r:>10}|{n:05d}|{x:.3f}", name="bob", n=42, x=3.14159))
print(f.format("{0.real} {1[0]} {d[key]}", 3, [9], d={"key": "v"}))
print(f.format("{:{}}|{:^{w}}", 3, 5, "mid", w=9))
for s in ["a{{b}}c{0!r:>{w}}d", "plain", "{}", "x{0[1]}y{a.b}", "{:{}}", "}}", "{{}}",
          "ab{}cd{}", "{0:}", "{!r}", "", "a}b", "a{b", "{0!}", "{0!rr}", "{0:", "{", "{[}"]:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for args in [("{0} {}", 1, 2), ("{} {0}", 1, 2), ("{a}",), ("{5}", 1), ("{0!x}", 1), ("{:{:{}}}", 1, 2, 3)]:
    try:
        print(repr(f.format(*args)))
    except Exception as e:
        print(type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


u = Upper()
print(u.format("hello {who} and {0}", "world", who="ann"), u.format("{missing}"))
print(u.vformat("{0}-{x}", ("a",), {"x": "b"}))
