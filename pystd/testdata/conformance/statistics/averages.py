# mean, fmean, median and friends, mode, multimode: ints, floats,
# fractions, bools, and the type of each result.
import statistics as st
from fractions import Fraction as F

print(st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([1, 2.5]), st.mean([True, False, True]))
print(st.mean([0.1] * 10), st.mean([F(1, 3), F(1, 2)]), st.mean([F(1, 2), 0.5]), st.mean(iter([1, 2, 3, 4])))
print(st.mean([1e308, 1e308]), st.mean([1, float("inf")]), st.mean([2.5, 3.25, 5.5, 11.25, 11.75]))
print(st.mean([-1.0, 2.5, 3.25, 5.75]), st.mean(range(1, 101)), st.mean([0.1, 0.2, 0.3]))
print(st.fmean([1, 2, 3]), st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2], [1, 3]), st.fmean(iter([0.1] * 10)))
print(st.median([3, 1, 2]), st.median([4, 1, 2, 3]), st.median([1, 2, 3, 4.0]), st.median([1, 3, 5, 7]))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_low([1, 3, 5]), st.median_high("abcd"))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], 2), st.median_grouped([5]))
print(st.mode([1, 1, 2, 2]), st.mode("aabbbc"), st.mode(["red", "blue", "blue"]), st.mode([1.5, 2.5, 2.5]))
print(st.multimode("aabbcc"), st.multimode([1, 1, 2, 3, 3]), st.multimode([]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, 10]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([5]), st.harmonic_mean([40, 60], [5, 30]), st.harmonic_mean([0, 5]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([F(1, 2), F(1, 3)]))
grades = [88, 92, 79, 93, 85, 91, 77, 84, 95, 89]
print(st.mean(grades), st.median(grades), st.fmean(grades))
