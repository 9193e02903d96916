# Functions whose if-body is longer than 65535 bytes of bytecode: the
# jumps over it need EXTENDED_ARG.
body = "\n".join("        total += %d" % i for i in range(8000))
src = "def f(x):\n    total = 0\n    if x:\n" + body + "\n    else:\n        total = -1\n    for i in range(3):\n        total += i\n    return total\n"
ns = {}
exec(src, ns)
print(ns["f"](1), ns["f"](0))
src2 = "def g(k):\n    if k:\n        return [" + ", ".join(str(i) for i in range(7000)) + "][-1]\n    while k < 3:\n        k += 1\n    return k\n"
exec(src2, ns)
print(ns["g"](1), ns["g"](0))
