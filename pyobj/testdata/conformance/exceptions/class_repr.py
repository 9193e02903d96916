class MyErr(Exception): pass
print(MyErr, Exception, ValueError)
