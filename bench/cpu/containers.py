# Dict and list churn: inserts, lookups, deletes, sorting.
d = {}
for i in range(600000):
    d["k" + str(i % 5000)] = i
keys = sorted(d)
lst = []
for k in keys:
    lst.append(d[k])
    if len(lst) > 100:
        del lst[0]
print(len(d), sum(lst))
