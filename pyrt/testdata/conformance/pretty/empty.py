show([])
show(())
show(dict())
