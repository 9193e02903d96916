import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(2, []))
portfolio = [{'name': 'IBM', 'price': 91.1}, {'name': 'AAPL', 'price': 543.22},
             {'name': 'FB', 'price': 21.09}, {'name': 'HPQ', 'price': 31.75},
             {'name': 'YHOO', 'price': 16.35}, {'name': 'ACME', 'price': 91.1}]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
words = ['bb', 'a', 'ccc', 'dd', 'e']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge(['a', 'cc'], ['bb', 'd'], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge()))
