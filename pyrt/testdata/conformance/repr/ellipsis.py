print(Ellipsis, repr(...))
