# Error messages; StatisticsError is a ValueError.
import statistics as st

print(issubclass(st.StatisticsError, ValueError))
tests = [
    lambda: st.mean([]), lambda: st.mean(["a"]), lambda: st.mean([1, "a"]),
    lambda: st.fmean([]), lambda: st.fmean([1, 2], [1]), lambda: st.fmean([1, 2], [0, 0]),
    lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]),
    lambda: st.median_grouped([]), lambda: st.median_grouped(["a"]),
    lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]),
    lambda: st.stdev([1]), lambda: st.pstdev([]), lambda: st.variance(["a", "b"]),
    lambda: st.quantiles([1]), lambda: st.quantiles([1, 2, 3], n=0),
    lambda: st.quantiles([1, 2, 3], method="x"),
    lambda: st.geometric_mean([]), lambda: st.geometric_mean([-1, 2]),
    lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([-1, 2]),
    lambda: st.harmonic_mean([1, 2], [1]),
    lambda: st.correlation([1, 2, 3], [1, 1, 1]), lambda: st.correlation([1], [1]),
    lambda: st.correlation([1, 2], [1]), lambda: st.covariance([1], [1]),
    lambda: st.covariance([1, 2], [1]), lambda: st.linear_regression([1, 1], [1, 2]),
    lambda: st.linear_regression([1], [1]), lambda: st.NormalDist(-1, -1),
    lambda: st.NormalDist(0, 0).cdf(1), lambda: st.NormalDist(0, 0).pdf(1),
    lambda: st.NormalDist(0, 0).zscore(1), lambda: st.NormalDist().inv_cdf(1.5),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, e)
