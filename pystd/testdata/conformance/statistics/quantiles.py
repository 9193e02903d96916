# quantiles (exclusive and inclusive), covariance, correlation,
# linear_regression.
import statistics as st

print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles(range(1, 11), n=10))
print(st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.quantiles([1.5, 2.5, 10, 3], n=5))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(st.quantiles(data, n=4), st.quantiles(data, n=10, method="inclusive"))
print(st.quantiles([1, 2], n=3), st.quantiles([0.5, 0.25], n=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x))
print(st.covariance([1, 2, 3, 4], [1, 3, 2, 5]), st.correlation([1, 2, 3], [2, 4, 7]))
lr = st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])
print(lr, lr.slope, lr.intercept)
slope, intercept = st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True)
print(slope, intercept)
years = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
print(st.linear_regression(years, films))
