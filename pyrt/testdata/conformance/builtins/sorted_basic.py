print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True))
