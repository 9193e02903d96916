try:
    assert 1 == 2, "numbers differ"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert []
except AssertionError as e:
    print("bare", repr(e))
assert True, "never"
print("ok")
