show([dict([('name', 'Alice'), ('age', 30)]), dict([('name', 'Bob'), ('age', 25)]), dict([('name', 'Carol'), ('age', 41)])])
