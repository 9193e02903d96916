def t(v):
    print("eval", v)
    return v
def f(*a, **k): return a, k
f(t(1), t(2), k=t(3), **{"z": t(5)})
d = {t("k1"): t("v1"), t("k2"): t("v2")}
t(1) + t(2) * t(3)
t([1])[t(0)] = t("val")
t(len)([]) if t(True) else t("no")
