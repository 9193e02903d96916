g2 = {"__builtins__": {"len": lambda x: "custom"}}
exec("r = len('xyz')", g2)
print(g2["r"])
