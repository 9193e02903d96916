g = {"x": 1}
l = {"y": 2}
exec("z = x + y\ndef f():\n    return x\nw = f()", g, l)
print(sorted(l), l["z"], l["w"], "z" in g)
print(eval("x * 10 + y", g, l))
print(eval("[x + y for _ in range(2)]", g, l) if False else "skip")
ns = {}
exec("class C:\n    a = 1\n    b = a + 1\n", ns)
print(ns["C"].b)
try:
    exec("def h():\n    return y\nh()", g, l)
except NameError as e:
    print("NameError", e)
print(eval("1 +", {}) if False else "ok")
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
