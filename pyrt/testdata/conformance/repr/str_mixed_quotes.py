print(repr("a'b\"c"))
