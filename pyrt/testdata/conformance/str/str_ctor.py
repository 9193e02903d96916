print(str(), str(b'ab', 'ascii'), str(12), str([1]))
