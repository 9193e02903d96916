dict().popitem()
