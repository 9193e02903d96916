# exec and eval find the caller's namespaces: comprehension, class body, function, another name
print([eval('i*2') for i in range(3)])
print(eval(compile('x+1', '<s>', 'eval'), {'x': 1}))
class A:
    exec('y = 2')
print(A.y)
exec(compile('print(1 + 1)', '<s>', 'single'))
def f():
    exec('z = 5')
    return locals()['z']
print(f())
e = eval
print(e('2 ** 10'))
print(list(map(eval, ['1+1', '"a" * 3'])))
d = dict(a=1)
exec('b = a + 1', d)
print(d['b'], list(d)[:1])
import math
print(eval('math.sqrt(16)'))
