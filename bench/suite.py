"""The benchmark suite: every question, as each engine spells it.

One entry per question.  Every engine must print the columns in the order given by
`columns` (names may differ; answers are compared by position, except for the
pivot question, whose year columns are matched by heading).  `None` means the
engine has no sensible equivalent ("n/a" in the results).

Placeholders, substituted by run.py (plain text replacement, so jq's braces are safe):

  @PLAN_CSV@ @PLAN_JSONL@ @COUNCILS_CSV@ @COUNCILS_JSONL@ @PROJECTS_CSV@ @PROJECTS_JSONL@

planq's text lives in bench/queries/qNN.planq and reads
`from "bench/data/plan_1e6.csv"`; run.py substitutes the file for the size being run.
"""

from dataclasses import dataclass, field
from typing import List, Optional

# --------------------------------------------------------------------------------------
# Preludes: load the data, then the question's SQL follows.

# sqlite3: import into typed tables (REAL affinity turns "1234.56" into a number; an
# empty cell stays the empty string, so the view maps '' to NULL).  Timed end-to-end:
# import + query, exactly what a user of the shell would do.
SQLITE_PRELUDE = """\
.bail on
CREATE TABLE plan_raw(council TEXT, directorate TEXT, unit TEXT, indicator TEXT,
                      fiscal_year TEXT, quarter TEXT, budget REAL, actual REAL, target REAL);
.import --csv --skip 1 "@PLAN_CSV@" plan_raw
CREATE VIEW plan AS
  SELECT council, directorate, unit, indicator, fiscal_year, quarter, budget,
         NULLIF(actual, '') AS actual, NULLIF(target, '') AS target
  FROM plan_raw;
CREATE TABLE councils(council TEXT, region TEXT, population INTEGER);
.import --csv --skip 1 "@COUNCILS_CSV@" councils
CREATE TABLE projects(council TEXT, project TEXT, cost REAL);
.import --csv --skip 1 "@PROJECTS_CSV@" projects
.headers on
.mode csv
"""

# DuckDB: views over read_csv, so each question scans the CSV directly.  Types are
# given explicitly (money as exact DECIMAL(18,2), fiscal_year as text) rather than
# sniffed, so every run parses the same way.
DUCKDB_PRELUDE = """\
CREATE VIEW plan AS SELECT * FROM read_csv('@PLAN_CSV@', header = true, auto_detect = false,
  columns = {'council': 'VARCHAR', 'directorate': 'VARCHAR', 'unit': 'VARCHAR',
             'indicator': 'VARCHAR', 'fiscal_year': 'VARCHAR', 'quarter': 'VARCHAR',
             'budget': 'DECIMAL(18,2)', 'actual': 'DECIMAL(18,2)', 'target': 'DECIMAL(18,2)'});
CREATE VIEW councils AS SELECT * FROM read_csv('@COUNCILS_CSV@', header = true,
  auto_detect = false,
  columns = {'council': 'VARCHAR', 'region': 'VARCHAR', 'population': 'BIGINT'});
CREATE VIEW projects AS SELECT * FROM read_csv('@PROJECTS_CSV@', header = true,
  auto_detect = false,
  columns = {'council': 'VARCHAR', 'project': 'VARCHAR', 'cost': 'DECIMAL(18,2)'});
"""

FISCAL_YEARS = ["%d/%02d" % (y, (y + 1) % 100) for y in range(2005, 2011)]

# sqlite3 has no PIVOT: one conditional sum per year, the years written out.
SQLITE_PIVOT = "SELECT directorate,\n" + ",\n".join(
    "  sum(CASE WHEN fiscal_year = '%s' THEN budget END) AS \"%s\"" % (y, y)
    for y in FISCAL_YEARS) + "\nFROM plan GROUP BY directorate ORDER BY directorate;"

# jq helpers (jq 1.6: no `abs`, `pick`; `getpath`/`setpath` copy shared sub-objects,
# so the programs key flat objects by a joined string instead of nesting).
JQ_SEP = '"\\u001f"'


@dataclass
class Question:
    id: str
    title: str
    columns: List[str]
    sql: Optional[str]                    # shared by sqlite3 and DuckDB unless overridden
    sqlite: Optional[str] = "same"        # "same" = use `sql`
    duckdb: Optional[str] = "same"
    mlr: Optional[List[str]] = None       # arguments after `mlr --icsv --ocsv`, file appended
    jq: Optional[str] = None              # program for `jq -n -c ... PROGRAM plan.jsonl`
    jq_slurp: List[str] = field(default_factory=list)   # "c=@COUNCILS_JSONL@" style
    needs: List[str] = field(default_factory=list)      # extra planq --data tables
    pivot: bool = False                   # compare columns after the first by heading
    exact: List[int] = field(default_factory=list)  # columns DuckDB computes exactly
    notes: str = ""

    def engine_sql(self, engine):
        v = getattr(self, {"sqlite3": "sqlite"}.get(engine, engine))
        return self.sql if v == "same" else v


QUESTIONS = [
    Question(
        "Q1", "sum(budget) by directorate",
        ["directorate", "total"],
        sql="SELECT directorate, sum(budget) AS total FROM plan "
            "GROUP BY directorate ORDER BY directorate;",
        mlr=["stats1", "-a", "sum", "-f", "budget", "-g", "directorate",
             "then", "sort", "-f", "directorate"],
        jq='reduce inputs as $r ({}; .[$r.directorate] += $r.budget)'
           ' | to_entries | sort_by(.key)[] | {directorate: .key, total: .value}',
        exact=[1],
    ),
    Question(
        "Q2", "sum(budget) by directorate, fiscal_year",
        ["directorate", "fiscal_year", "total"],
        sql="SELECT directorate, fiscal_year, sum(budget) AS total FROM plan "
            "GROUP BY directorate, fiscal_year ORDER BY directorate, fiscal_year;",
        mlr=["stats1", "-a", "sum", "-f", "budget", "-g", "directorate,fiscal_year",
             "then", "sort", "-f", "directorate,fiscal_year"],
        jq='reduce inputs as $r ({}; .[$r.directorate + %s + $r.fiscal_year] += $r.budget)'
           ' | to_entries | map((.key | split(%s)) + [.value]) | sort[]'
           ' | {directorate: .[0], fiscal_year: .[1], total: .[2]}' % (JQ_SEP, JQ_SEP),
        exact=[2],
    ),
    Question(
        "Q3", "sum(budget), avg(actual) by council, indicator (12,000 groups)",
        ["council", "indicator", "total", "mean_actual"],
        sql="SELECT council, indicator, sum(budget) AS total, avg(actual) AS mean_actual "
            "FROM plan GROUP BY council, indicator ORDER BY council, indicator;",
        mlr=["stats1", "-a", "sum,mean", "-f", "budget,actual", "-g", "council,indicator",
             "then", "cut", "-o", "-f", "council,indicator,budget_sum,actual_mean",
             "then", "sort", "-f", "council,indicator"],
        # jq: group_by (a C sort), not a reduce: in jq 1.6 each `+=` on a 12,000-key
        # object copies it (159 s at 1e5 rows against 1.7 s this way).
        jq='[inputs | [.council, .indicator, .budget, .actual]] | group_by(.[0:2])[]'
           ' | {council: .[0][0], indicator: .[0][1], total: (map(.[2]) | add),'
           ' mean_actual: (map(.[3] | select(. != null))'
           ' | if length > 0 then add / length else null end)}',
        notes="avg skips empty actuals in every engine",
        exact=[2],
    ),
    Question(
        "Q4", "median and stddev(actual) by directorate, quarter",
        ["directorate", "quarter", "med", "sd"],
        sql=None,
        # sqlite 3.40 (Debian) has neither median() nor stddev(): median from
        # row_number()/count() windows (mean of the middle pair when the count is even),
        # sample standard deviation two-pass with the built-in sqrt().
        sqlite="""\
WITH v AS (
  SELECT directorate, quarter, actual,
         row_number() OVER (PARTITION BY directorate, quarter ORDER BY actual) AS rn,
         count(*) OVER (PARTITION BY directorate, quarter) AS n
  FROM plan WHERE actual IS NOT NULL),
med AS (
  SELECT directorate, quarter, avg(actual) AS med FROM v
  WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY directorate, quarter),
mean AS (
  SELECT directorate, quarter, avg(actual) AS m, count(actual) AS n FROM plan
  GROUP BY directorate, quarter),
sd AS (
  SELECT p.directorate, p.quarter,
         sqrt(sum((p.actual - mean.m) * (p.actual - mean.m)) / (mean.n - 1)) AS sd
  FROM plan p JOIN mean ON p.directorate = mean.directorate AND p.quarter = mean.quarter
  GROUP BY p.directorate, p.quarter)
SELECT med.directorate, med.quarter, med.med, sd.sd
FROM med JOIN sd ON med.directorate = sd.directorate AND med.quarter = sd.quarter
ORDER BY med.directorate, med.quarter;""",
        duckdb="SELECT directorate, quarter, median(actual::DOUBLE) AS med, "
               "stddev_samp(actual::DOUBLE) AS sd FROM plan "
               "GROUP BY directorate, quarter ORDER BY directorate, quarter;",
        mlr=["stats1", "-i", "-a", "p50,stddev", "-f", "actual", "-g", "directorate,quarter",
             "then", "sort", "-f", "directorate,quarter"],
        jq='def median: length as $n | if $n % 2 == 1 then .[($n - 1) / 2]'
           ' else (.[$n / 2 - 1] + .[$n / 2]) / 2 end;'
           ' def sd: length as $n | (add / $n) as $m'
           ' | (map((. - $m) * (. - $m)) | add) / ($n - 1) | sqrt;'
           ' [inputs | select(.actual != null) | [.directorate, .quarter, .actual]]'
           ' | group_by(.[0:2])[] | (map(.[2]) | sort) as $v'
           ' | {directorate: .[0][0], quarter: .[0][1], med: ($v | median), sd: ($v | sd)}',
        notes="median = mean of the middle pair for even counts (DuckDB median, Miller "
              "stats1 -i p50); stddev = sample (n-1). sqlite: window-function median, "
              "two-pass stddev with sqrt(). jq: slurps the group values (per-group "
              "arrays in a reduce are quadratic in jq 1.6).",
    ),
    Question(
        "Q5", "max(actual) - min(actual) by indicator",
        ["indicator", "spread"],
        sql="SELECT indicator, max(actual) - min(actual) AS spread FROM plan "
            "GROUP BY indicator ORDER BY indicator;",
        mlr=["stats1", "-a", "min,max", "-f", "actual", "-g", "indicator",
             "then", "put", "$spread = $actual_max - $actual_min",
             "then", "cut", "-o", "-f", "indicator,spread",
             "then", "sort", "-f", "indicator"],
        jq='reduce (inputs | select(.actual != null) | [.indicator, .actual]) as [$k, $a]'
           ' ({}; .[$k] |= (if . == null then [$a, $a]'
           ' else [(if $a < .[0] then $a else .[0] end), (if $a > .[1] then $a else .[1] end)]'
           ' end))'
           ' | to_entries | sort_by(.key)[] | {indicator: .key, spread: (.value[1] - .value[0])}',
        exact=[1],
    ),
    Question(
        "Q6", "top-2 budgets per council",
        ["council", "budget"],
        sql="SELECT council, budget FROM (SELECT council, budget, row_number() OVER "
            "(PARTITION BY council ORDER BY budget DESC) AS rn FROM plan) WHERE rn <= 2 "
            "ORDER BY council, budget DESC;",
        mlr=["top", "-n", "2", "-f", "budget", "-g", "council",
             "then", "cut", "-o", "-f", "council,budget_top",
             "then", "sort", "-f", "council", "-nr", "budget_top"],
        jq='reduce (inputs | [.council, .budget]) as [$c, $b]'
           ' ({}; .[$c] |= ((. // []) + [$b] | sort | .[-2:]))'
           ' | to_entries | sort_by(.key)[] | .key as $c | .value | reverse[]'
           ' | {council: $c, budget: .}',
        exact=[1],
    ),
    Question(
        "Q7", "where actual > target, gap = actual - target, 10 largest gaps",
        ["council", "indicator", "fiscal_year", "gap"],
        sql="SELECT council, indicator, fiscal_year, actual - target AS gap FROM plan "
            "WHERE actual > target ORDER BY gap DESC LIMIT 10;",
        mlr=["filter", "is_not_empty($actual) && is_not_empty($target) && $actual > $target",
             "then", "put", "$gap = $actual - $target",
             "then", "top", "-n", "10", "-f", "gap", "-a",
             "then", "cut", "-o", "-f", "council,indicator,fiscal_year,gap"],
        jq='reduce (inputs | select(.actual != null and .target != null and .actual > .target)'
           ' | {council, indicator, fiscal_year, gap: (.actual - .target)}) as $r'
           ' ([]; if length < 10 or $r.gap > .[-1].gap'
           ' then (. + [$r] | sort_by(-.gap) | .[:10]) else . end) | .[]',
        notes="rows with an empty actual or target are excluded (SQL null semantics); "
              "Miller needs explicit is_not_empty() guards because it orders the empty "
              "string above numbers",
        exact=[3],
    ),
    Question(
        "Q8", "running sum of yearly budget by council over fiscal_year",
        ["council", "fiscal_year", "b", "running"],
        sql="SELECT council, fiscal_year, sum(budget) AS b, sum(sum(budget)) OVER "
            "(PARTITION BY council ORDER BY fiscal_year) AS running FROM plan "
            "GROUP BY council, fiscal_year ORDER BY council, fiscal_year;",
        mlr=["stats1", "-a", "sum", "-f", "budget", "-g", "council,fiscal_year",
             "then", "sort", "-f", "council,fiscal_year",
             "then", "step", "-a", "rsum", "-f", "budget_sum", "-g", "council"],
        jq='[inputs | [.council, .fiscal_year, .budget]] | group_by(.[0])[]'
           ' | .[0][0] as $c | [group_by(.[1])[] | [.[0][1], (map(.[2]) | add)]]'
           ' | foreach .[] as $y (0; . + $y[1];'
           ' {council: $c, fiscal_year: $y[0], b: $y[1], running: .})',
        exact=[2, 3],
    ),
    Question(
        "Q9", "pivot fiscal_year to columns: sum(budget) by directorate",
        ["directorate"] + FISCAL_YEARS,
        sql=None,
        sqlite=SQLITE_PIVOT,
        duckdb="PIVOT (SELECT directorate, fiscal_year, budget FROM plan) ON fiscal_year "
               "USING sum(budget) GROUP BY directorate ORDER BY directorate;",
        mlr=["stats1", "-a", "sum", "-f", "budget", "-g", "directorate,fiscal_year",
             "then", "sort", "-f", "directorate,fiscal_year",
             "then", "reshape", "-s", "fiscal_year,budget_sum",
             "then", "sort", "-f", "directorate"],
        jq='reduce inputs as $r ({}; .[$r.directorate][$r.fiscal_year] += $r.budget)'
           ' | to_entries | sort_by(.key)[]'
           ' | {directorate: .key} + (.value | to_entries | sort_by(.key) | from_entries)',
        pivot=True,
        notes="sqlite3 has no PIVOT: the six years are written out as conditional sums",
        exact=[1, 2, 3, 4, 5, 6],
    ),
    Question(
        "Q10", "join the 60-row councils dimension, sum(budget) by region",
        ["region", "total"],
        sql="SELECT c.region, sum(p.budget) AS total FROM plan p "
            "JOIN councils c ON p.council = c.council GROUP BY c.region ORDER BY c.region;",
        mlr=["join", "-j", "council", "-f", "@COUNCILS_CSV@",
             "then", "stats1", "-a", "sum", "-f", "budget", "-g", "region",
             "then", "sort", "-f", "region"],
        jq='(reduce $c[] as $x ({}; .[$x.council] = $x.region)) as $region'
           ' | reduce inputs as $r ({}; .[$region[$r.council]] += $r.budget)'
           ' | to_entries | sort_by(.key)[] | {region: .key, total: .value}',
        jq_slurp=["c=@COUNCILS_JSONL@"],
        needs=["councils"],
        exact=[1],
    ),
    Question(
        "Q11", "1:N fan-out join to projects: count() and sum(cost) by region",
        ["region", "n", "cost"],
        sql="SELECT c.region, count(*) AS n, sum(pr.cost) AS cost FROM plan p "
            "JOIN councils c ON p.council = c.council "
            "JOIN projects pr ON pr.council = p.council "
            "GROUP BY c.region ORDER BY c.region;",
        mlr=["join", "-j", "council", "-f", "@COUNCILS_CSV@",
             "then", "join", "-j", "council", "-f", "@PROJECTS_CSV@",
             "then", "stats1", "-a", "count,sum", "-f", "cost", "-g", "region",
             "then", "sort", "-f", "region"],
        jq='(reduce $c[] as $x ({}; .[$x.council] = $x.region)) as $region'
           ' | (reduce $p[] as $x ({}; .[$x.council] += [$x.cost])) as $costs'
           ' | reduce (inputs | .council as $k | $costs[$k][] as $cost'
           ' | [$region[$k], $cost]) as [$g, $cost]'
           ' ({}; .[$g][0] += 1 | .[$g][1] += $cost)'
           ' | to_entries | sort_by(.key)[] | {region: .key, n: .value[0], cost: .value[1]}',
        jq_slurp=["c=@COUNCILS_JSONL@", "p=@PROJECTS_JSONL@"],
        needs=["councils", "projects"],
        notes="the plan table has no region, so every engine joins councils (for region) "
              "and then projects; each plan row meets ~5 project rows (deliberate fan-out)",
        exact=[1, 2],
    ),
    Question(
        "Q12", "top-3 budgets per directorate, whole rows",
        ["council", "directorate", "unit", "indicator", "fiscal_year", "quarter", "budget",
         "actual", "target"],
        sql="SELECT council, directorate, unit, indicator, fiscal_year, quarter, budget, actual, "
            "target FROM (SELECT *, row_number() OVER (PARTITION BY directorate ORDER BY budget "
            "DESC) AS rn FROM plan) WHERE rn <= 3 ORDER BY directorate, budget DESC;",
        mlr=["top", "-n", "3", "-f", "budget", "-g", "directorate", "-a",
             "then", "sort", "-f", "directorate", "-nr", "budget"],
        jq='[inputs] | group_by(.directorate)[] | sort_by(-.budget)[:3][]',
        notes="every column of the rows kept; no ties at the top in the seeded data",
        exact=[6, 7, 8],
    ),
    Question(
        "Q13", "where actual > target, gap = actual - target, the 10 largest gaps, whole rows",
        ["council", "directorate", "unit", "indicator", "fiscal_year", "quarter", "budget",
         "actual", "target", "gap"],
        sql="SELECT *, actual - target AS gap FROM plan WHERE actual > target "
            "ORDER BY gap DESC LIMIT 10;",
        mlr=["filter", "is_not_empty($actual) && is_not_empty($target) && $actual > $target",
             "then", "put", "$gap = $actual - $target",
             "then", "top", "-n", "10", "-f", "gap", "-a"],
        jq='reduce (inputs | select(.actual != null and .target != null and .actual > .target)'
           ' | . + {gap: (.actual - .target)}) as $r'
           ' ([]; if length < 10 or $r.gap > .[-1].gap'
           ' then (. + [$r] | sort_by(-.gap) | .[:10]) else . end) | .[]',
        notes="as Q7, with every column of the rows kept",
        exact=[6, 7, 8, 9],
    ),
]

# --------------------------------------------------------------------------------------
# Tiny-data start-up ("bundled-dataset scale"): process start-up plus a trivial answer.

STARTUP_PLANQ_SIMPLE = "1 + 1"

# The same small query everywhere: the 60-row councils file, population by region.
TINY = Question(
    "T1", "60-row councils.csv: sum(population) by region",
    ["region", "pop"],
    sql="SELECT region, sum(population) AS pop FROM councils GROUP BY region ORDER BY region;",
    mlr=["stats1", "-a", "sum", "-f", "population", "-g", "region",
         "then", "sort", "-f", "region"],
    jq='reduce inputs as $r ({}; .[$r.region] += $r.population)'
       ' | to_entries | sort_by(.key)[] | {region: .key, pop: .value}',
    needs=["councils"],
)
TINY_PLANQ = "from councils | summarize pop = sum(population) by region | sort region"
# For TINY the "plan" file of mlr/jq is the councils file itself.
TINY_SQLITE_PRELUDE = """\
.bail on
CREATE TABLE councils(council TEXT, region TEXT, population INTEGER);
.import --csv --skip 1 "@COUNCILS_CSV@" councils
.headers on
.mode csv
"""
TINY_DUCKDB_PRELUDE = """\
CREATE VIEW councils AS SELECT * FROM read_csv('@COUNCILS_CSV@', header = true,
  auto_detect = false,
  columns = {'council': 'VARCHAR', 'region': 'VARCHAR', 'population': 'BIGINT'});
"""
