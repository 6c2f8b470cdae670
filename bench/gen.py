#!/usr/bin/env python3
"""Deterministic generator of plan-flavoured benchmark data for planq.

Writes, under bench/data/ (git-ignored):

  plan_<size>.csv / plan_<size>.jsonl   fact table, one row per budget/KPI line
  councils.csv / councils.jsonl         60-row dimension: council, region, population
  projects.csv / projects.jsonl         1:N per council (3..7, ~5 each): council, project, cost
  manifest.json                         seed, row counts and SHA-256 of every file

Fact columns: council (60), directorate (6), unit (50), indicator (200 codes such as
"NI 125"), fiscal_year ("2005/06" .. "2010/11"), quarter ("Q1".."Q4"), budget (exact
decimal, always 2 places), actual (1 or 2 places, ~3% empty), target (2 places, ~10%
empty).  Empty cells are empty in CSV and null in JSONL; numbers are written with
the same digits in both files.

Same seed and size give byte-identical files (Python's random.Random is stable
across CPython 3.x for random(), gauss() and randrange()).

    python3 bench/gen.py                    # 1e5 and 1e6
    python3 bench/gen.py --sizes 1e7        # the big one (about 0.6 GB CSV, 1.7 GB JSONL)
    python3 bench/gen.py --sizes 1e5 --force
"""

import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "data")
SEED = 20080401  # 1 April 2008: the start of FY2008/09

# 60 English councils with their (real) regions.
COUNCILS = [
    ("South East", ["Kent", "Surrey", "East Sussex", "West Sussex", "Hampshire", "Oxfordshire",
                    "Buckinghamshire", "Medway", "Brighton and Hove", "Milton Keynes", "Reading",
                    "Isle of Wight"]),
    ("London", ["Camden", "Croydon", "Hackney", "Islington", "Lambeth", "Southwark",
                "Westminster", "Barnet"]),
    ("East of England", ["Essex", "Hertfordshire", "Norfolk", "Suffolk", "Cambridgeshire",
                         "Peterborough", "Luton"]),
    ("South West", ["Devon", "Cornwall", "Somerset", "Gloucestershire", "Dorset", "Wiltshire",
                    "Bristol"]),
    ("West Midlands", ["Birmingham", "Coventry", "Staffordshire", "Warwickshire",
                       "Worcestershire", "Shropshire"]),
    ("East Midlands", ["Derbyshire", "Leicestershire", "Lincolnshire", "Nottinghamshire",
                       "Northamptonshire"]),
    ("Yorkshire and the Humber", ["Leeds", "Sheffield", "Bradford", "North Yorkshire",
                                  "Kirklees"]),
    ("North West", ["Manchester", "Liverpool", "Lancashire", "Cumbria", "Cheshire East"]),
    ("North East", ["Newcastle upon Tyne", "Durham", "Sunderland", "Northumberland",
                    "Gateshead"]),
]

DIRECTORATES = [
    ("Adult Social Services", ["Older People Services", "Learning Disability",
                               "Physical Disability", "Mental Health", "Supporting People",
                               "Commissioning", "Safeguarding Adults", "Care Management",
                               "Occupational Therapy"]),
    ("Children Families and Education", ["Early Years", "School Standards",
                                         "Special Educational Needs", "Youth Service",
                                         "Childrens Social Services", "Admissions and Transport",
                                         "School Organisation", "Attendance and Behaviour",
                                         "Skills and Employability"]),
    ("Communities", ["Libraries and Archives", "Community Safety", "Trading Standards",
                     "Arts Development", "Sport and Physical Activity", "Adult Education",
                     "Registration", "Coroners"]),
    ("Environment and Regeneration", ["Highways", "Waste Management", "Planning Applications",
                                      "Country Parks", "Transport Planning",
                                      "Regeneration Projects", "Energy and Climate",
                                      "Emergency Planning"]),
    ("Chief Executive", ["Policy and Performance", "Communications", "Legal Services",
                         "Democratic Services", "Economic Development", "Partnerships",
                         "Strategic Planning", "Research and Intelligence"]),
    ("Corporate Resources", ["Finance", "Property", "Personnel and Development", "ICT",
                             "Procurement", "Internal Audit", "Contact Centre",
                             "Business Support"]),
]

FISCAL_YEARS = ["%d/%02d" % (y, (y + 1) % 100) for y in range(2005, 2011)]  # 2005/06..2010/11
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]
PROJECT_THEMES = ["Library refurbishment", "Highway resurfacing", "Care home reprovision",
                  "School expansion", "Flood defence", "Town centre regeneration",
                  "Broadband rollout", "Waste transfer station", "Youth centre",
                  "Office rationalisation", "Cycle network", "Extra care housing"]

FACT_COLUMNS = ["council", "directorate", "unit", "indicator", "fiscal_year", "quarter",
                "budget", "actual", "target"]


def parse_size(text):
    """'1e6' -> 1000000, '250000' -> 250000."""
    n = float(text)
    if n != int(n) or n <= 0:
        raise argparse.ArgumentTypeError("size must be a positive whole number: %r" % text)
    return int(n)


def size_label(n):
    """1000000 -> '1e6', 2000000 -> '2e6', 123456 -> '123456' (used in file names)."""
    k = 0
    m = n
    while m % 10 == 0 and m > 0:
        m //= 10
        k += 1
    if m < 10 and k > 0:
        return "%de%d" % (m, k)
    return str(n)


def money(pennies):
    """Exact 2-place decimal text from an integer number of pennies."""
    sign = "-" if pennies < 0 else ""
    p = abs(pennies)
    return "%s%d.%02d" % (sign, p // 100, p % 100)


def tenths(t):
    """Exact 1-place decimal text from an integer number of tenths."""
    sign = "-" if t < 0 else ""
    t = abs(t)
    return "%s%d.%d" % (sign, t // 10, t % 10)


def build_dimensions():
    rng = random.Random(SEED)
    councils = []
    for region, names in COUNCILS:
        for name in names:
            councils.append((name, region, rng.randrange(150_000, 1_500_000)))
    assert len(councils) == 60

    units = []  # (directorate, unit)
    for d, us in DIRECTORATES:
        for u in us:
            units.append((d, u))
    assert len(units) == 50

    codes = ["NI %d" % i for i in range(1, 199)] + ["BV 8", "BV 12"]
    assert len(codes) == 200
    order = list(range(len(codes)))
    rng.shuffle(order)
    indicators = []  # (directorate, unit, code, budget scale mu)
    for pos, ci in enumerate(order):
        d, u = units[pos % len(units)]
        indicators.append((d, u, codes[ci], rng.gauss(8.5, 0.8)))
    indicators.sort(key=lambda t: t[2])

    projects = []  # (council, project, cost)
    for name, _region, _pop in councils:
        k = rng.randint(3, 7)
        themes = rng.sample(PROJECT_THEMES, k)
        for j, theme in enumerate(themes, 1):
            cost = int(rng.lognormvariate(12.0, 0.9) * 100) + 1
            projects.append((name, "%s %d" % (theme, j), money(cost)))
    return councils, indicators, projects


def write_atomic(path, writer):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        writer(f)
    os.replace(tmp, path)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def jstr(s):
    return json.dumps(s, ensure_ascii=False)


def write_dimensions(out, councils, projects):
    def councils_csv(f):
        f.write("council,region,population\n")
        for c, r, p in councils:
            f.write("%s,%s,%d\n" % (c, r, p))

    def councils_jsonl(f):
        for c, r, p in councils:
            f.write('{"council":%s,"region":%s,"population":%d}\n' % (jstr(c), jstr(r), p))

    def projects_csv(f):
        f.write("council,project,cost\n")
        for c, pr, cost in projects:
            f.write("%s,%s,%s\n" % (c, pr, cost))

    def projects_jsonl(f):
        for c, pr, cost in projects:
            f.write('{"council":%s,"project":%s,"cost":%s}\n' % (jstr(c), jstr(pr), cost))

    files = {}
    for name, w in [("councils.csv", councils_csv), ("councils.jsonl", councils_jsonl),
                    ("projects.csv", projects_csv), ("projects.jsonl", projects_jsonl)]:
        path = os.path.join(out, name)
        write_atomic(path, w)
        files[name] = path
    return files


# Past this many rows only the CSV file is written (1e8 rows of JSONL would be 20 GB, and the
# engines that read it, jq, take hours there).
JSONL_MAX_ROWS = 10_000_000


def generate_fact(out, n, councils, indicators, chunk=50_000):
    label = size_label(n)
    with_jsonl = n <= JSONL_MAX_ROWS
    csv_path = os.path.join(out, "plan_%s.csv" % label)
    jsonl_path = os.path.join(out, "plan_%s.jsonl" % label)
    rng = random.Random(SEED * 1000 + n % 999_983)
    rand = rng.random
    gauss = rng.gauss
    exp = __import__("math").exp

    council_names = [c[0] for c in councils]
    # Pre-escaped JSON text for every categorical value.
    cj = [jstr(c) for c in council_names]
    ij = [(jstr(d), jstr(u), jstr(code)) for d, u, code, _ in indicators]
    ic = [(d, u, code) for d, u, code, _ in indicators]
    mus = [mu for *_, mu in indicators]
    fyj = [jstr(y) for y in FISCAL_YEARS]
    nc, ni, ny = len(council_names), len(indicators), len(FISCAL_YEARS)

    csv_tmp, jsonl_tmp = csv_path + ".tmp", jsonl_path + ".tmp"
    with open(csv_tmp, "w", encoding="utf-8", newline="\n") as fc, \
            open(jsonl_tmp if with_jsonl else os.devnull, "w", encoding="utf-8", newline="\n") as fj:
        fc.write(",".join(FACT_COLUMNS) + "\n")
        done = 0
        while done < n:
            m = min(chunk, n - done)
            csv_lines = []
            json_lines = []
            for _ in range(m):
                c = int(rand() * nc)
                i = int(rand() * ni)
                y = int(rand() * ny)
                q = int(rand() * 4)
                pennies = int(exp(gauss(mus[i], 1.0)) * 100) + 1
                budget = money(pennies)
                r = rand()
                if r < 0.03:
                    actual = ""
                else:
                    a = pennies * gauss(1.0, 0.08)
                    if r < 0.515:
                        actual = tenths(int(round(a / 10.0)))
                    else:
                        actual = money(int(round(a)))
                if rand() < 0.10:
                    target = ""
                else:
                    target = money(int(round(pennies * gauss(1.0, 0.05))))
                d, u, code = ic[i]
                jd, ju, jcode = ij[i]
                qs = QUARTERS[q]
                csv_lines.append("%s,%s,%s,%s,%s,%s,%s,%s,%s\n" % (
                    council_names[c], d, u, code, FISCAL_YEARS[y], qs, budget, actual, target))
                if with_jsonl:
                    json_lines.append(
                        '{"council":%s,"directorate":%s,"unit":%s,"indicator":%s,"fiscal_year":%s,'
                        '"quarter":"%s","budget":%s,"actual":%s,"target":%s}\n' % (
                            cj[c], jd, ju, jcode, fyj[y], qs, budget, actual or "null",
                            target or "null"))
            fc.write("".join(csv_lines))
            fj.write("".join(json_lines))
            done += m
    os.replace(csv_tmp, csv_path)
    if not with_jsonl:
        return csv_path, None
    os.replace(jsonl_tmp, jsonl_path)
    return csv_path, jsonl_path


def load_manifest(out):
    path = os.path.join(out, "manifest.json")
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {"seed": SEED, "files": {}}


def save_manifest(out, manifest):
    write_atomic(os.path.join(out, "manifest.json"),
                 lambda f: f.write(json.dumps(manifest, indent=2, sort_keys=True) + "\n"))


def ensure(sizes, out=DEFAULT_OUT, force=False, log=sys.stderr):
    """Generate whatever is missing; return {label: (csv, jsonl)} plus dimension paths."""
    os.makedirs(out, exist_ok=True)
    councils, indicators, projects = build_dimensions()
    manifest = load_manifest(out)
    manifest["seed"] = SEED
    manifest["python"] = sys.version.split()[0]
    dims = ["councils.csv", "councils.jsonl", "projects.csv", "projects.jsonl"]
    if force or not all(os.path.exists(os.path.join(out, d)) for d in dims):
        write_dimensions(out, councils, projects)
        for d in dims:
            manifest["files"][d] = {"sha256": sha256(os.path.join(out, d))}
    result = {}
    for n in sizes:
        label = size_label(n)
        csv_path = os.path.join(out, "plan_%s.csv" % label)
        jsonl_path = os.path.join(out, "plan_%s.jsonl" % label)
        with_jsonl = n <= JSONL_MAX_ROWS
        if force or not (os.path.exists(csv_path) and (not with_jsonl or os.path.exists(jsonl_path))):
            print("gen: writing %d rows -> %s%s" % (n, csv_path, " (+ .jsonl)" if with_jsonl else ""),
                  file=log, flush=True)
            generate_fact(out, n, councils, indicators)
            for p in (csv_path, jsonl_path) if with_jsonl else (csv_path,):
                manifest["files"][os.path.basename(p)] = {
                    "rows": n, "bytes": os.path.getsize(p), "sha256": sha256(p)}
        result[label] = (csv_path, jsonl_path if with_jsonl else None)
    save_manifest(out, manifest)
    return result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1e5,1e6",
                    help="comma-separated row counts (default 1e5,1e6; add 1e7 explicitly)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default bench/data)")
    ap.add_argument("--force", action="store_true", help="regenerate even if files exist")
    args = ap.parse_args(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    ensure(sizes, args.out, args.force)
    print(json.dumps(load_manifest(args.out), indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
