# What tutorials do with random: dice, Monte Carlo, passwords, decks,
# random walks, bootstrap samples, summarised with statistics.
import random
import statistics
import string

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(1000)]
counts = {}
for r in rolls:
    counts[r] = counts.get(r, 0) + 1
for face in range(1, 7):
    print(face, counts[face], "#" * (counts[face] // 10))
print("mean", statistics.mean(rolls), "stdev", round(statistics.stdev(rolls), 4))

inside = 0
n = 20000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi is about", 4 * inside / n)

chars = string.ascii_letters + string.digits + string.punctuation
print("".join(random.choice(chars) for _ in range(16)))
print("".join(random.sample(string.ascii_lowercase, 8)))

suits = ["♠", "♥", "♦", "♣"]
ranks = ["A"] + [str(i) for i in range(2, 11)] + ["J", "Q", "K"]
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
print(deck[:5], len(deck))

pos = 0
walk = []
for _ in range(30):
    pos += random.choice([-1, 1])
    walk.append(pos)
print(walk, max(walk), min(walk))

data = [random.gauss(50, 10) for _ in range(200)]
means = [statistics.fmean(random.choices(data, k=len(data))) for _ in range(100)]
print(round(statistics.mean(data), 6), round(statistics.median(data), 6), round(statistics.stdev(means), 6))
print(statistics.quantiles(data, n=4))
print(f"{random.uniform(0, 100):.2f}", f"{random.expovariate(1 / 5):.3f}", random.getrandbits(16))
