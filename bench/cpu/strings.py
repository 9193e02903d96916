# String building: concatenation, formatting and joins.
parts = []
for i in range(600000):
    s = "item" + str(i)
    parts.append(s.upper())
text = ",".join(parts)
print(len(text), text[:20])
