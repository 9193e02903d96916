print(type(1), type(1.0), type("a"), type([]), type(()))
