print(max(['aa', 'b', 'cc'], key=len), min(['aa', 'b', 'cc'], key=len))
