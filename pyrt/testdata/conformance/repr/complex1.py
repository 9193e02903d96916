print(1j, 2+3j, -1j, complex(1, -1))
