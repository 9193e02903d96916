# bool is an int in arithmetic, unary operators and orderings; & | ^ of two
# bools give a bool. Also through variables (the runtime's lowered +, <).
tests = ['True + True', 'True * 3', '3 - True', '-True', '~True', '+True', 'True < False', 'sorted([True, False])', 'True + 1', '1 + True', '1.5 + True', 'True / 2', 'True // 2', 'True ** 2', 'True & 1', 'True | False', 'True ^ True', 'True & True', 'sum([True, True])', 'max(True, False)', 'abs(True)', 'True % 2', 'divmod(True, 1)', 'True << 2', 'round(True)', 'True == 1', 'hash(True)', '[1,2][True]', 'True > 0.5', 'min([False, True])', 'int(True)', 'float(True)', 'str(True + 0)']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
x = True
y = True
print(x + y, x < y, x <= y)
x += y
print(x)
print(True // True, True % True, True / True, True ** True, divmod(True, True))
x = True
y = True
print(x // y, x % y, x / y, x ** y)
