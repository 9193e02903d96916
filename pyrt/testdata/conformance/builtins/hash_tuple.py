print(hash((1, 2)), hash(()), hash((1,)), hash((1.5, -1)))
