print(True < True, False < True, True >= False, sorted([True, False, True]))
