#!/usr/bin/env python3
"""Independent expectations for planq's statistical and window functions.

Run from anywhere:  python3 Tests/PlanQueryTests/Fixtures/stats/make_expected.py
It rewrites, next to itself:
  expected.json  - cases {"name", "query", "rows"} for FunctionsStatsTests.swift
  h2o.csv        - a small generated plan-data table (seeded) for the H2O-style questions
  h2o.json       - expected answers to those questions, by name (the one-line planq
                   queries live in FunctionsH2OTests.swift)

Expectations come from Python's `statistics` module (exact Fraction arithmetic), numpy and
scipy -- never from planq. Cell encoding in "rows": JSON null = null; a JSON number = a float
compared with a relative tolerance of 1e-9; a string starting with "=" = an exact decimal
(compared exactly); any other string = exact text; a JSON array = a planq list, element-wise.
"""
import json
import math
import os
import random
import statistics as S
from decimal import Decimal
from fractions import Fraction

import numpy as np
import scipy.stats as st

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- encoding helpers

def exact(q):
    """An exact decimal cell "=..." for a Fraction/Decimal/int whose decimal expansion ends."""
    q = Fraction(q)
    d = q.denominator
    k = 0
    while d % 2 == 0 or d % 5 == 0:
        d //= 2 if d % 2 == 0 else 5
        k += 1
    if d != 1:
        raise ValueError(f"{q} has no finite decimal expansion")
    places = 0
    while (q * 10 ** places).denominator != 1:
        places += 1
    units = int(q * 10 ** places)
    s = str(abs(units)).rjust(places + 1, "0")
    text = s if places == 0 else s[:-places] + "." + s[-places:]
    return "=" + ("-" if units < 0 else "") + text


def num(x):
    return None if x is None or (isinstance(x, float) and not math.isfinite(x)) else float(x)


def lit(v):
    """A planq literal."""
    if v is None:
        return "null"
    if isinstance(v, str):
        return json.dumps(v)
    return str(v)


def table(values):
    return "from [" + ", ".join(lit(v) for v in values) + "]"


def pairs_table(rows):
    return "from [" + ", ".join("[" + ", ".join(lit(v) for v in r) + "]" for r in rows) + "]"


cases = []


def case(name, query, rows):
    cases.append({"name": name, "query": query, "rows": rows})


# ---------------------------------------------------------------- univariate data

rng = random.Random(20081231)
D = Decimal
datasets = {
    "ints": [2, 4, 4, 4, 5, 5, 7, 9],
    "money": [D("1639.80"), D("1500.00"), D("268.52"), D("3745.00"), D("-490.60"), D("1040.20"), D("14830.00")],
    "nulls": [3, None, 1, None, 4, 1, 5, 9, 2, 6],
    "one": [42],
    "two": [D("1.5"), D("2.25")],
    "ties": [1, 2, 2, 3, 3, 1],
    "large": [D("1000000000.001") + D(i) / 1000 * (i % 3) for i in range(12)],
    "negative": [D("-5"), D("-1.5"), D("0"), D("2.25"), D("10"), D("-3")],
    "positive": [D("0.5"), D("2"), D("8"), D("1.25"), D("4")],
    "skewed": [D(str(round(math.exp(rng.gauss(3, 0.8)), 3))) for _ in range(40)],
}
EMPTY = "from [1] | where value > 5"


def fracs(xs):
    return [Fraction(x) for x in xs if x is not None]


def shifted(xs):
    """Floats of x − first x, the subtraction exact: the shape statistics do not depend on a
    shift, and without it float(1000000000.001) would swamp the small differences."""
    return [float(Fraction(x) - Fraction(xs[0])) for x in xs]


def quantile_disc_value(xs, p):
    v = np.quantile(np.array([float(x) for x in xs]), p, method="inverted_cdf")
    return next(x for x in sorted(xs) if float(x) == float(v))


univariate = {
    # name: (function call, expected(xs) -> cell); xs are the non-null values (Decimal/int)
    "count": ("count(value)", lambda xs: exact(len(xs))),
    "count_distinct": ("count_distinct(value)", lambda xs: exact(len(set(xs)))),
    "sum": ("sum(value)", lambda xs: exact(sum(fracs(xs))) if xs else None),
    "avg": ("avg(value)", lambda xs: num(S.mean(fracs(xs))) if xs else None),
    "median": ("median(value)", lambda xs: exact(S.median(fracs(xs))) if xs else None),
    "mode": ("mode(value)", lambda xs: exact(S.mode(xs)) if xs else None),
    "product": ("product(value)", lambda xs: num(math.prod(fracs(xs))) if xs else None),
    "range": ("range(value)", lambda xs: exact(max(xs) - min(xs)) if xs else None),
    "var_samp": ("var_samp(value)", lambda xs: num(S.variance(fracs(xs))) if len(xs) > 1 else None),
    "var_pop": ("var_pop(value)", lambda xs: num(S.pvariance(fracs(xs))) if xs else None),
    "stddev_samp": ("stddev_samp(value)", lambda xs: math.sqrt(S.variance(fracs(xs))) if len(xs) > 1 else None),
    "stddev_pop": ("stddev_pop(value)", lambda xs: math.sqrt(S.pvariance(fracs(xs))) if xs else None),
    "sem": ("sem(value)", lambda xs: num(st.sem(shifted(xs))) if len(xs) > 1 else None),
    "mad": ("mad(value)", lambda xs: exact(S.median([abs(x - S.median(fracs(xs))) for x in fracs(xs)])) if xs else None),
    "mean_abs_dev": ("mean_abs_dev(value)",
                     lambda xs: num(S.mean([abs(x - S.mean(fracs(xs))) for x in fracs(xs)])) if xs else None),
    "skewness": ("skewness(value)",
                 lambda xs: num(st.skew(shifted(xs), bias=False)) if len(xs) > 2 and len(set(xs)) > 1 else None),
    "skewness_pop": ("skewness_pop(value)",
                     lambda xs: num(st.skew(shifted(xs), bias=True)) if len(set(xs)) > 1 else None),
    "kurtosis": ("kurtosis(value)",
                 lambda xs: num(st.kurtosis(shifted(xs), fisher=True, bias=False)) if len(xs) > 3 and len(set(xs)) > 1 else None),
    "kurtosis_pop": ("kurtosis_pop(value)",
                     lambda xs: num(st.kurtosis(shifted(xs), fisher=True, bias=True)) if len(set(xs)) > 1 else None),
    "geometric_mean": ("geometric_mean(value)",
                       lambda xs: None if not xs or min(xs) < 0 else (0.0 if 0 in xs else num(S.geometric_mean([float(x) for x in xs])))),
    "harmonic_mean": ("harmonic_mean(value)",
                      lambda xs: None if not xs or min(xs) < 0 else num(S.harmonic_mean(fracs(xs)))),
}
for p in ["0", "0.1", "0.25", "0.5", "0.9", "1"]:
    univariate[f"quantile_cont_{p}"] = (f"quantile_cont(value, {p})",
                                        lambda xs, p=p: num(np.quantile([float(x) for x in xs], float(p), method="linear")) if xs else None)
    univariate[f"quantile_disc_{p}"] = (f"quantile_disc(value, {p})",
                                        lambda xs, p=p: exact(quantile_disc_value(xs, float(p))) if xs else None)
univariate["percentile_90"] = ("percentile(value, 90)",
                               lambda xs: num(np.percentile([float(x) for x in xs], 90)) if xs else None)
univariate["percentile_list"] = ("percentile(value, [10, 50, 75])",
                                 lambda xs: [num(v) for v in np.percentile([float(x) for x in xs], [10, 50, 75])] if xs else None)

# The float path of some functions (value / 1 is a float column), expected from the float
# data with numpy/scipy. Not for "large": floats of 1,000,000,000.001 are dominated by
# representation error, which is what the exact decimal path is for.
float_expect = {
    "median": lambda f: np.median(f),
    "mad": lambda f: np.median(np.abs(f - np.median(f))),
    "var_samp": lambda f: np.var(f, ddof=1) if len(f) > 1 else None,
    "stddev_pop": lambda f: np.std(f),
    "skewness": lambda f: st.skew(f, bias=False) if len(f) > 2 and np.ptp(f) > 0 else None,
    "kurtosis": lambda f: st.kurtosis(f, fisher=True, bias=False) if len(f) > 3 and np.ptp(f) > 0 else None,
    "quantile_cont_0.25": lambda f: np.quantile(f, 0.25),
}

for dname, values in datasets.items():
    xs = [v for v in values if v is not None]
    for fname, (call, expect) in univariate.items():
        case(f"{fname}/{dname}", f"{table(values)} | summarize r = {call}", [[expect(xs)]])
        if fname in float_expect and dname != "large":
            fe = float_expect[fname](np.array([float(x) for x in xs]))
            case(f"{fname}/{dname}/float", f"{table(values)} | derive f = value / 1 | summarize r = {call.replace('value', 'f')}", [[num(fe)]])

for fname, (call, expect) in univariate.items():
    expected = expect([])
    if fname in ("count", "count_distinct"):
        expected = "=0"
    case(f"{fname}/empty", f"{EMPTY} | summarize r = {call}", [[expected]])

# grouped: one query, several groups (and a group whose values are all null)
grouped = [["a", 3], ["b", 10], ["a", 5], ["c", None], ["b", 2], ["a", 4], ["b", 7], ["c", None]]
groups = {}
for k, v in grouped:
    groups.setdefault(k, []).append(v)
for fname in ("median", "var_samp", "stddev_pop", "mad", "skewness", "count", "sum"):
    call, expect = univariate[fname]
    rows = [[k, expect([v for v in groups[k] if v is not None])] for k in sorted(groups)]
    case(f"{fname}/grouped", f"{pairs_table(grouped)} | summarize r = {call.replace('value', 'value2')} by value1 | sort value1", rows)

# filtered: `where` on the aggregate and the _if sugar
case("median/filtered", f"{table(datasets['ints'])} | summarize r = median(value) where value > 4",
     [[exact(S.median([Fraction(x) for x in datasets['ints'] if x > 4]))]])
case("stddev_samp_if", f"{table(datasets['ints'])} | summarize r = stddev_samp_if(value, value < 9)",
     [[math.sqrt(S.variance([Fraction(x) for x in datasets['ints'] if x < 9]))]])

# ---------------------------------------------------------------- bivariate

lin = []
for i in range(30):
    x = D(i) + D(rng.randint(0, 99)) / 100
    y = 2 * x + D(rng.randint(-300, 300)) / 100
    lin.append([y, x])
lin[4][0] = None
lin[11][1] = None
lin[17] = [None, None]
bivariate_sets = {
    "noisy": lin,
    "exact_line": [[D(3) * i + 1, D(i)] for i in range(6)],
    "constant_x": [[1, 5], [2, 5], [4, 5]],
    "constant_y": [[7, 1], [7, 2], [7, 4]],
    "one_pair": [[1, 2]],
    "negative_corr": [[10, 1], [8, 2], [9, 3], [4, 4], [1, 5]],
}


def complete(rows):
    return [(Fraction(y), Fraction(x)) for y, x in rows if y is not None and x is not None]


def moments(rows):
    p = complete(rows)
    n = len(p)
    mx = sum(x for _, x in p) / n
    my = sum(y for y, _ in p) / n
    sxx = sum((x - mx) ** 2 for _, x in p)
    syy = sum((y - my) ** 2 for y, _ in p)
    sxy = sum((x - mx) * (y - my) for y, x in p)
    return n, mx, my, sxx, syy, sxy


def linreg(rows):
    p = complete(rows)
    if len(p) < 2 or len(set(x for _, x in p)) < 2:
        return None
    return st.linregress([float(x) for _, x in p], [float(y) for y, _ in p])


def corr(rows):
    p = complete(rows)
    if len(p) < 2 or len(set(x for _, x in p)) < 2 or len(set(y for y, _ in p)) < 2:
        return None
    return S.correlation([float(x) for _, x in p], [float(y) for y, _ in p])


def r2(rows):
    lr = linreg(rows)
    if lr is None:
        return None
    p = complete(rows)
    if len(set(y for y, _ in p)) < 2:
        return 1.0  # SQL: regr_r2 is 1 when y does not vary (and x does)
    return lr.rvalue ** 2


bivariate = {
    "corr": corr,
    "covar_samp": lambda rows: num(S.covariance([float(x) for _, x in complete(rows)], [float(y) for y, _ in complete(rows)])) if len(complete(rows)) > 1 else None,
    "covar_pop": lambda rows: num(np.cov([float(x) for _, x in complete(rows)], [float(y) for y, _ in complete(rows)], bias=True)[0, 1]) if complete(rows) else None,
    "regr_slope": lambda rows: num(linreg(rows).slope) if linreg(rows) else None,
    "regr_intercept": lambda rows: num(linreg(rows).intercept) if linreg(rows) else None,
    "regr_r2": r2,
    "regr_count": lambda rows: exact(len(complete(rows))),
    "regr_avgx": lambda rows: num(moments(rows)[1]) if complete(rows) else None,
    "regr_avgy": lambda rows: num(moments(rows)[2]) if complete(rows) else None,
    "regr_sxx": lambda rows: num(moments(rows)[3]) if complete(rows) else None,
    "regr_syy": lambda rows: num(moments(rows)[4]) if complete(rows) else None,
    "regr_sxy": lambda rows: num(moments(rows)[5]) if complete(rows) else None,
    "weighted_avg": lambda rows: num(np.average([float(y) for y, _ in complete(rows)], weights=[float(x) for _, x in complete(rows)]))
    if complete(rows) and sum(x for _, x in complete(rows)) != 0 else None,
}
for sname, rows in bivariate_sets.items():
    for fname, expect in bivariate.items():
        case(f"{fname}/{sname}", f"{pairs_table(rows)} | summarize r = {fname}(value1, value2)", [[expect(rows)]])

# ---------------------------------------------------------------- windows

w = [10, 20, 20, 40, None, 5]
wt = table(w)
present = [v for v in w if v is not None]
mins = st.rankdata(present, method="min")
maxs = st.rankdata(present, method="max")
it_min, it_max = iter(mins), iter(maxs)
pr, cd = [], []
for v in w:
    if v is None:
        pr.append([None]); cd.append([None])
    else:
        pr.append([float((next(it_min) - 1) / (len(present) - 1))])
        cd.append([float(next(it_max) / len(present))])
case("percent_rank", f"{wt} | derive r = percent_rank(value) | select r", pr)
case("cume_dist", f"{wt} | derive r = cume_dist(value) | select r", cd)
for n in range(1, 8):
    buckets = []
    for b, part in enumerate(np.array_split(np.arange(len(w)), n), start=1):
        buckets += [[exact(b)]] * len(part)
    case(f"ntile_{n}", f"{wt} | derive t = ntile({n}) | select t", buckets)


def trailing(values, n, f):
    out = []
    for i in range(len(values)):
        window = [v for v in values[max(0, i - n + 1):i + 1] if v is not None]
        out.append([f(window) if window else None])
    return out


mv = [D("1.5"), D("2"), None, D("4.25"), D("-1"), D("10"), D("3")]
for n in (1, 2, 3, 10):
    case(f"moving_avg_{n}", f"{table(mv)} | derive m = moving_avg(value, {n}) | select m",
         trailing(mv, n, lambda win: float(S.mean(fracs(win)))))
    case(f"moving_sum_{n}", f"{table(mv)} | derive m = moving_sum(value, {n}) | select m",
         trailing(mv, n, lambda win: exact(sum(fracs(win)))))
    case(f"moving_max_{n}", f"{table(mv)} | derive m = moving_max(value, {n}) | select m",
         trailing(mv, n, lambda win: exact(max(win))))
run = []
for i in range(len(mv)):
    seen = [v for v in mv[:i + 1] if v is not None]
    run.append([float(S.mean(fracs(seen))) if seen else None])
case("running_avg", f"{table(mv)} | derive m = running_avg(value) | select m", run)
pc = [[None]]
for a, b in zip(mv, mv[1:]):
    pc.append([None if a is None or b is None or a == 0 else float((Fraction(b) - Fraction(a)) / abs(Fraction(a)))])
case("pct_change", f"{table(mv)} | derive p = pct_change(value) | select p", pc)
dl = [[None]] + [[None if a is None or b is None else exact(Fraction(b) - Fraction(a))] for a, b in zip(mv, mv[1:])]
case("delta", f"{table(mv)} | derive d = delta(value) | select d", dl)
tot = sum(fracs(mv))
case("pct_of_total", f"{table(mv)} | derive s = pct_of_total(value) | select s",
     [[None if v is None else float(Fraction(v) / tot)] for v in mv])

# ---------------------------------------------------------------- dates (datetime, dateutil)

import datetime as dt
from dateutil.relativedelta import relativedelta

dr = random.Random(3103)


def rand_date():
    return dt.date(2006, 1, 1) + dt.timedelta(days=dr.randint(0, 365 * 5))


def dlit(d):
    return "@" + d.isoformat()


pairs = [(rand_date(), rand_date()) for _ in range(60)]
pairs += [(dt.date(2009, 1, 31), dt.date(2009, 2, 28)), (dt.date(2008, 2, 29), dt.date(2009, 2, 28)),
          (dt.date(2009, 3, 31), dt.date(2009, 1, 31)), (dt.date(2009, 1, 30), dt.date(2009, 3, 30)),
          (dt.date(2008, 4, 1), dt.date(2009, 3, 31)), (dt.date(2009, 3, 31), dt.date(2009, 3, 31))]
pt = "from [" + ", ".join(f"[{dlit(a)}, {dlit(b)}]" for a, b in pairs) + "]"
diff_rows = []
for a, b in pairs:
    rd = relativedelta(b, a)
    months = rd.years * 12 + rd.months
    days = (b - a).days
    diff_rows.append([exact(days), exact(int(days / 7)), exact(months), exact(int(months / 3)), exact(rd.years)])
case("date_diff/relativedelta",
     pt + ' | select d = date_diff("day", value1, value2), w = date_diff("week", value1, value2), '
          'm = date_diff("month", value1, value2), q = date_diff("quarter", value1, value2), y = date_diff("year", value1, value2)',
     diff_rows)

adds = [(rand_date(), dr.randint(-30, 30)) for _ in range(40)] + [(dt.date(2008, 1, 31), 1), (dt.date(2008, 2, 29), 12), (dt.date(2009, 3, 31), -1)]
at = "from [" + ", ".join(f"[{dlit(d)}, {n}]" for d, n in adds) + "]"
case("date_add/relativedelta",
     at + ' | select d = date_add(value1, value2), m = date_add(value1, value2, "month"), q = date_add(value1, value2, "quarter"), '
          'y = date_add(value1, value2, "year"), w = date_add(value1, value2, "week")',
     [[(d + dt.timedelta(days=n)).isoformat(), (d + relativedelta(months=n)).isoformat(), (d + relativedelta(months=3 * n)).isoformat(),
       (d + relativedelta(years=n)).isoformat(), (d + dt.timedelta(weeks=n)).isoformat()] for d, n in adds])

days = [rand_date() for _ in range(60)] + [dt.date(2008, 3, 31), dt.date(2008, 4, 1), dt.date(2008, 12, 31), dt.date(2009, 1, 1)]
dtab = "from [" + ", ".join(dlit(d) for d in days) + "]"


def fy_start(d):
    return d.year if d.month >= 4 else d.year - 1


case("date_parts/datetime",
     dtab + " | select m = month(value), d = day(value), q = quarter(value), wd = weekday(value), fy = fy(value), "
            "fq = fy_quarter(value), fm = fy_month(value), s = fy_start(value), e = fy_end(value), "
            'tw = date_trunc("week", value), tq = date_trunc("quarter", value), tf = date_trunc("fy", value)',
     [[exact(d.month), exact(d.day), exact((d.month - 1) // 3 + 1), exact(d.isoweekday()),
       f"{fy_start(d)}/{(fy_start(d) + 1) % 100:02d}",
       exact(((d.month - 4) % 12) // 3 + 1), exact((d.month - 4) % 12 + 1),
       dt.date(fy_start(d), 4, 1).isoformat(), dt.date(fy_start(d) + 1, 3, 31).isoformat(),
       (d - dt.timedelta(days=d.weekday())).isoformat(), dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1).isoformat(),
       dt.date(fy_start(d), 4, 1).isoformat()] for d in days])


def write_json_lines(path, items):
    """A JSON array with one item per line (readable diffs)."""
    with open(path, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]\n")


write_json_lines(os.path.join(HERE, "expected.json"), cases)

# ---------------------------------------------------------------- H2O-style table and answers

hr = random.Random(1704)
councils = ["Ashford", "Dover", "Maidstone", "Sevenoaks", "Swale", "Thanet"]
directorates = ["ASS", "CFE", "CMY", "EHW"]
indicators = [f"NI {n}" for n in (8, 40, 56, 117, 130, 148, 155, 186, 192, 195)]
years = ["2006/07", "2007/08", "2008/09", "2009/10"]
rows = []
used = set()
for i in range(240):
    while True:
        budget = D(hr.randint(100_000, 9_999_999)) / 100
        if budget not in used:
            used.add(budget)
            break
    actual = None if hr.random() < 0.06 else (budget * D(hr.randint(80, 120)) / 100).quantize(D("0.01"))
    target = (budget * D(hr.randint(90, 110)) / 100).quantize(D("0.01"))
    rows.append({
        "council": hr.choice(councils), "directorate": hr.choice(directorates), "indicator": hr.choice(indicators),
        "fiscal_year": hr.choice(years), "quarter": hr.randint(1, 4), "budget": budget, "actual": actual, "target": target,
    })
cols = ["council", "directorate", "indicator", "fiscal_year", "quarter", "budget", "actual", "target"]
with open(os.path.join(HERE, "h2o.csv"), "w") as f:
    f.write(",".join(cols) + "\n")
    for r in rows:
        f.write(",".join("" if r[c] is None else (f"{r[c]:.2f}" if isinstance(r[c], Decimal) else str(r[c])) for c in cols) + "\n")


def group_by(keys):
    g = {}
    for r in rows:
        g.setdefault(tuple(r[k] for k in keys), []).append(r)
    return sorted(g.items())


def present_values(rs, col):
    return [Fraction(r[col]) for r in rs if r[col] is not None]


def key_cells(k):
    return [v if isinstance(v, str) else exact(v) for v in k]


answers = {}
answers["q1_sum_by_directorate"] = [key_cells(k) + [exact(sum(present_values(rs, "budget")))] for k, rs in group_by(["directorate"])]
answers["q2_sum_by_two_keys"] = [key_cells(k) + [exact(sum(present_values(rs, "budget")))] for k, rs in group_by(["directorate", "fiscal_year"])]
answers["q3_sum_and_mean_high_cardinality"] = [
    key_cells(k) + [exact(sum(present_values(rs, "budget"))),
                    num(S.mean(present_values(rs, "actual"))) if present_values(rs, "actual") else None]
    for k, rs in group_by(["council", "indicator"])]
answers["q4_median_and_stddev"] = [
    key_cells(k) + [exact(S.median(present_values(rs, "actual"))) if present_values(rs, "actual") else None,
                    math.sqrt(S.variance(present_values(rs, "actual"))) if len(present_values(rs, "actual")) > 1 else None]
    for k, rs in group_by(["directorate", "quarter"])]
answers["q5_max_minus_min"] = [
    key_cells(k) + [exact(max(present_values(rs, "actual")) - min(present_values(rs, "actual")))] * 2
    for k, rs in group_by(["indicator"])]
answers["q6_top2_per_council"] = [
    key_cells(k) + [[exact(b) for b in sorted(present_values(rs, "budget"), reverse=True)[:2]]]
    for k, rs in group_by(["council"])]
answers["q6b_top2_rows_per_council"] = [
    key_cells(k) + [exact(b)]
    for k, rs in group_by(["council"]) for b in sorted(present_values(rs, "budget"), reverse=True)[:2]]


def rel_variance(rs):
    vals = [(Fraction(r["actual"]) - Fraction(r["target"])) / Fraction(r["target"]) for r in rs if r["actual"] is not None]
    return num(S.mean(vals)) if vals else None


answers["q7_variance_to_target"] = [
    key_cells(k) + [rel_variance(rs), exact(sum(1 for r in rs if r["actual"] is not None))]
    for k, rs in group_by(["directorate"])]
q8 = []
for (council,), rs in group_by(["council"]):
    by_year = {}
    for r in rs:
        by_year.setdefault(r["fiscal_year"], []).append(Fraction(r["budget"]))
    running, prev = Fraction(0), None
    for y in sorted(by_year):
        b = sum(by_year[y])
        running += b
        q8.append([council, y, exact(b), exact(running), None if prev is None else float((b - prev) / abs(prev))])
        prev = b
answers["q8_running_sum_and_yoy"] = q8
q9 = []
for k, rs in group_by(["directorate"]):
    p = [(float(r["budget"]), float(r["actual"])) for r in rs if r["actual"] is not None]
    lr = st.linregress([x for x, _ in p], [y for _, y in p])
    q9.append(key_cells(k) + [num(lr.slope), num(lr.intercept), num(lr.rvalue ** 2)])
answers["q9_regression_per_group"] = q9
answers["q10_sum_and_count_by_five_keys"] = [
    key_cells(k) + [exact(sum(present_values(rs, "budget"))), exact(len(rs))]
    for k, rs in group_by(["council", "directorate", "indicator", "fiscal_year", "quarter"])]

write_json_lines(os.path.join(HERE, "h2o.json"), [{"name": k, "rows": v} for k, v in answers.items()])

print(f"{len(cases)} cases, {len(rows)} h2o rows, {len(answers)} h2o answers")
