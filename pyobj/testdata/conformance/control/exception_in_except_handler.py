try:
    raise ValueError("one")
except ValueError:
    {}["missing"]
