# NormalDist.
import statistics as st

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.cdf(120), nd.pdf(120), nd.zscore(130), nd.cdf(100))
print(st.NormalDist.from_samples([1, 2, 3, 4]), st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(st.NormalDist(1, 2) + 3, st.NormalDist(1, 2) * 3, 3 - st.NormalDist(1, 2), st.NormalDist(4, 2) / 2)
print(st.NormalDist(1, 2) + st.NormalDist(3, 4), st.NormalDist(1, 2) - st.NormalDist(3, 4), -st.NormalDist(1, 2))
print(st.NormalDist(0, 1).overlap(st.NormalDist(1, 1)), st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)))
print(st.NormalDist(1, 2) == st.NormalDist(1.0, 2.0), st.NormalDist() == 3)
print(st.NormalDist(5, 2).samples(3, seed=1), len(st.NormalDist().samples(5)))
print(round(st.NormalDist(0, 1).inv_cdf(0.975), 6), [round(q, 3) for q in st.NormalDist(10, 2).quantiles()])
