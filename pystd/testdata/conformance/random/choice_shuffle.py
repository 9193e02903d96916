# choice and shuffle.
import random

random.seed(3)
colors = ["red", "green", "blue", "yellow"]
print([random.choice(colors) for _ in range(15)])
print(random.choice("abcdef"), random.choice(range(1000)), random.choice((1, 2)))
for seed in range(5):
    random.seed(seed)
    deck = list(range(52))
    random.shuffle(deck)
    print(deck)
    words = "the quick brown fox jumps over the lazy dog".split()
    random.shuffle(words)
    print(" ".join(words))
x = [1]
random.shuffle(x)
print(x)
y = []
random.shuffle(y)
print(y)
