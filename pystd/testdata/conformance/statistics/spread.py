# variance, pvariance, stdev, pstdev: exact as CPython computes them.
import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.pvariance([1, 2, 3, 4]), st.pvariance([1, 3, 5]))
print(st.stdev([1, 2, 3, 4]), st.pstdev(range(100)), st.stdev([0.1, 0.2, 0.3, 0.4]))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([1, 2, 3], 2), st.variance([1.0, 2, 3], 2.5), st.pvariance([1, 2, 3, 4], 2.5))
print(st.variance([F(1, 2), F(3, 4)]), st.stdev([F(1, 2), F(3, 4)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.stdev([10**20, 10**20 + 1, 10**20 + 3]), st.variance([10**20, 10**20 + 1, 10**20 + 3]))
print(st.variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]), st.stdev([173.2, 168.4, 181.0, 177.9, 165.3]))
heights = [160, 172, 181, 158, 175, 169, 190, 166]
print(st.stdev(heights), st.pstdev(heights), round(st.stdev(heights), 2))
