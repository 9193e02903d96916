# string.Template: substitute, safe_substitute, identifiers, errors, and
# a subclass with another delimiter.
from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, who="bob"))
print(t.safe_substitute(who="tim"))
print(t.template)
print(Template("$$ ${x}y $x_1 ${x}").substitute(x=1, x_1=2))
print(Template("Total: ${amount}EUR, $$${price}").substitute(amount=12.5, price=3))
print(Template("$a$b").substitute(a=1, b=[2]))
print(Template("$a ${b} $$ $c $a").get_identifiers(), Template("$a $").is_valid(), Template("$a").is_valid())
for text, kw in [("a $ b", {}), ("a\nb $", {}), ("${x", {"x": 1}), ("$1", {}),
                 ("$missing", {}), ("${missing}", {}), ("éé $ü", {}), ("line1\nline2 $ here", {})]:
    for m in ["substitute", "safe_substitute"]:
        try:
            print(repr(text), m, repr(getattr(Template(text), m)(kw)))
        except Exception as e:
            print(repr(text), m, type(e).__name__, e)


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %%%amount").substitute(who="Ann", amount=5))
