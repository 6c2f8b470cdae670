import PlanQuery

/// How one built-in function is written on one engine.
package enum FunctionSQL: Sendable {
    /// Text with the arguments substituted by position: `ABS({0})`. On SQLite, exact-decimal
    /// arguments go in as doubles (and a function whose result is an exact decimal is refused).
    case template(String)
    /// Like `template`, for functions whose result is one of their arguments (`abs`, `nullif`):
    /// exact decimals go in at one common scale and the result keeps it.
    case sameScale(String)
    /// Written out by the lowering, which needs the arguments' types or scales (Builder+Calls).
    case lowered
    /// Not lowered, and why: the query is refused with this reason rather than answer differently.
    case refused(String)
}

/// The per-dialect form of every built-in function, kept as data in the manner of PRQL's
/// `std.sql.prql`: one line a function, one entry a dialect, in the order of the families
/// in Functions/. A test checks that every registered function has an entry for every dialect.
package enum FunctionMap {
    struct Entry: Sendable {
        var sqlite, duckdb, postgres, spark: FunctionSQL
        func callAsFunction(_ d: SQLDialect) -> FunctionSQL {
            switch d {
            case .sqlite: return sqlite
            case .duckdb: return duckdb
            case .postgres: return postgres
            case .spark: return spark
            }
        }
    }

    package static func sql(for name: String, in dialect: SQLDialect) -> FunctionSQL? {
        entries[name].map { $0(dialect) }
    }

    package static var names: [String] { Array(entries.keys) }

    static func all(_ f: FunctionSQL) -> Entry { Entry(sqlite: f, duckdb: f, postgres: f, spark: f) }
    static func each(sqlite: FunctionSQL, duckdb: FunctionSQL, postgres: FunctionSQL, spark: FunctionSQL) -> Entry {
        Entry(sqlite: sqlite, duckdb: duckdb, postgres: postgres, spark: spark)
    }
    static func notSQLite(_ reason: String, _ f: FunctionSQL) -> Entry { Entry(sqlite: .refused(reason), duckdb: f, postgres: f, spark: f) }

    static let noOrderedAggregates = "SQLite 3.40 has no ORDER BY inside aggregates, and this result depends on row order"
    static let noStatistics = "SQLite has no statistical aggregates"
    static let displayOnly = "it formats for display; format the result with planq instead (`as_money`, report formats)"
    static let documentParsing = "it reads plan-document spellings with planq's own parser"
    static let localOnly = "planq computes it itself; no engine has the same definition"

    static let entries: [String: Entry] = [
        // CoreScalars
        "coalesce": all(.lowered),
        "round": all(.lowered),
        "abs": all(.sameScale("ABS({0})")),
        "lower": notSQLite("SQLite's lower() changes only ASCII letters", .template("LOWER({0})")),
        "upper": notSQLite("SQLite's upper() changes only ASCII letters", .template("UPPER({0})")),
        "length": each(sqlite: .template("LENGTH({0})"), duckdb: .template("LENGTH({0})"),
                       postgres: .template("CAST(LENGTH({0}) AS BIGINT)"), spark: .template("CAST(CHAR_LENGTH({0}) AS BIGINT)")),
        "contains": each(sqlite: .template("(INSTR({0}, {1}) > 0)"), duckdb: .template("CONTAINS({0}, {1})"),
                         postgres: .template("(STRPOS({0}, {1}) > 0)"), spark: .template("(INSTR({0}, {1}) > 0)")),
        "fy": all(.lowered),
        "year": all(.lowered),
        // CoreAggregates
        "count": all(.lowered), "sum": all(.lowered), "total": all(.lowered), "avg": all(.lowered),
        "only": each(sqlite: .refused("SQLite cannot raise an error for a cell with two values"), duckdb: .lowered, postgres: .lowered, spark: .lowered),
        "min": all(.lowered), "max": all(.lowered),
        // CoreWindows
        "row_number": all(.lowered), "running_sum": all(.lowered), "lag": all(.lowered), "lead": all(.lowered),
        "rank": all(.lowered), "dense_rank": all(.lowered),
        // AggregatesStats
        "count_distinct": all(.lowered), "null_count": all(.lowered),
        "weighted_avg": all(.lowered),
        "geometric_mean": all(.refused(localOnly)), "harmonic_mean": all(.refused(localOnly)),
        "median": all(.refused("planq's median is exact for decimals; the engines' are not all")),
        "quantile_cont": all(.refused("planq's quantiles are exact for decimals and accept lists; the engines' are not all")),
        "percentile": all(.refused("planq's quantiles are exact for decimals and accept lists; the engines' are not all")),
        "quantile_disc": all(.refused("planq's quantiles accept lists; lowering is not written yet")),
        "mode": all(.refused("ties go to the value seen first, which engines do not promise")),
        "product": all(.refused(localOnly)),
        "var_samp": notSQLite(noStatistics, .lowered), "var_pop": notSQLite(noStatistics, .lowered),
        "stddev_samp": notSQLite(noStatistics, .lowered), "stddev_pop": notSQLite(noStatistics, .lowered),
        "sem": all(.refused(localOnly)), "mad": all(.refused(localOnly)), "mean_abs_dev": all(.refused(localOnly)),
        "skewness": all(.refused(localOnly)), "skewness_pop": all(.refused(localOnly)),
        "kurtosis": all(.refused(localOnly)), "kurtosis_pop": all(.refused(localOnly)),
        // AggregatesSelection
        "first": notSQLite(noOrderedAggregates, .lowered), "last": notSQLite(noOrderedAggregates, .lowered),
        "any_value": notSQLite(noOrderedAggregates, .lowered),
        "arg_max": all(.refused("ties and n are resolved by planq's own rules")), "arg_min": all(.refused("ties and n are resolved by planq's own rules")),
        "bool_and": all(.lowered), "bool_or": all(.lowered),
        "string_agg": each(sqlite: .refused(noOrderedAggregates), duckdb: .lowered, postgres: .lowered,
                           spark: .refused("Spark has no ordered string aggregate that all versions share")),
        "list": all(.refused("lists have no column type on SQL engines")), "set": all(.refused("lists have no column type on SQL engines")),
        "histogram": all(.refused(localOnly)), "sparkline": all(.refused(localOnly)),
        // AggregatesBivariate
        "corr": notSQLite(noStatistics, .lowered), "covar_samp": notSQLite(noStatistics, .lowered), "covar_pop": notSQLite(noStatistics, .lowered),
        "regr_slope": notSQLite(noStatistics, .lowered), "regr_intercept": notSQLite(noStatistics, .lowered), "regr_r2": notSQLite(noStatistics, .lowered),
        "regr_avgx": notSQLite(noStatistics, .lowered), "regr_avgy": notSQLite(noStatistics, .lowered), "regr_sxx": notSQLite(noStatistics, .lowered),
        "regr_syy": notSQLite(noStatistics, .lowered), "regr_sxy": notSQLite(noStatistics, .lowered), "regr_count": all(.lowered),
        // WindowsLibrary
        "percent_rank": all(.refused("ranks by x highest first with nulls last; not lowered yet")),
        "cume_dist": all(.refused("ranks by x highest first with nulls last; not lowered yet")),
        "ntile": all(.refused("not lowered yet")),
        "first_value": all(.lowered), "last_value": all(.lowered),
        "nth_value": all(.refused("not lowered yet")),
        "running_avg": all(.lowered), "running_min": all(.lowered), "running_max": all(.lowered), "running_count": all(.lowered),
        "moving_avg": all(.refused("windows shorter than the width at the start are planq's own rule; not lowered yet")),
        "moving_sum": all(.refused("windows shorter than the width at the start are planq's own rule; not lowered yet")),
        "moving_min": all(.refused("windows shorter than the width at the start are planq's own rule; not lowered yet")),
        "moving_max": all(.refused("windows shorter than the width at the start are planq's own rule; not lowered yet")),
        "delta": all(.lowered), "pct_change": all(.lowered), "ratio": all(.lowered),
        "fill_down": each(sqlite: .refused("SQLite has no IGNORE NULLS in window functions"), duckdb: .lowered,
                          postgres: .refused("PostgreSQL has no IGNORE NULLS in window functions"), spark: .lowered),
        "pct_of_total": all(.lowered),
        // ScalarsMaths
        "floor": all(.lowered), "ceil": all(.lowered), "trunc": all(.refused("not lowered yet")),
        "sqrt": all(.refused("planq gives null for negative x; engines raise errors or NaN")),
        "ln": all(.refused("planq gives null for x ≤ 0; engines raise errors or NaN")),
        "log10": all(.refused("planq gives null for x ≤ 0; engines raise errors or NaN")),
        "exp": each(sqlite: .refused("SQLite 3.40's exp() is only in builds with maths functions"), duckdb: .template("EXP({0})"),
                    postgres: .template("EXP(CAST({0} AS DOUBLE PRECISION))"), spark: .template("EXP({0})")),
        "log": all(.refused("planq gives null for x ≤ 0 or a bad base; engines raise errors or NaN")),
        "pow": all(.refused("planq gives null when the result is not a real number; engines raise errors or NaN")),
        "sign": all(.refused("not lowered yet")),
        "mod": all(.lowered), "div": all(.refused("not lowered yet")),
        "clamp": all(.refused("not lowered yet")),
        "greatest": each(sqlite: .refused("SQLite's max(a, b) is null when any argument is"), duckdb: .sameScale("GREATEST({args})"),
                         postgres: .sameScale("GREATEST({args})"), spark: .sameScale("GREATEST({args})")),
        "least": each(sqlite: .refused("SQLite's min(a, b) is null when any argument is"), duckdb: .sameScale("LEAST({args})"),
                      postgres: .sameScale("LEAST({args})"), spark: .sameScale("LEAST({args})")),
        "nullif": all(.sameScale("NULLIF({0}, {1})")),
        "is_null": all(.template("({0} IS NULL)")),
        "is_not_null": all(.template("({0} IS NOT NULL)")),
        "as_percent": all(.lowered), "as_money": all(.lowered), "as_number": all(.lowered), "shown_as": all(.lowered),
        // ScalarsText
        "trim": all(.refused("planq trims all Unicode white space; SQL's TRIM removes spaces only")),
        "ltrim": all(.refused("planq trims all Unicode white space; SQL's LTRIM removes spaces only")),
        "rtrim": all(.refused("planq trims all Unicode white space; SQL's RTRIM removes spaces only")),
        "reverse": all(.refused("planq reverses characters as people see them (grapheme clusters)")),
        "title_case": all(.refused("planq's word rule (apostrophes stay lower case) is its own")),
        "substring": all(.refused("not lowered yet")),
        "left": each(sqlite: .template("SUBSTR({0}, 1, {1})"), duckdb: .template("LEFT({0}, CAST({1} AS INTEGER))"),
                     postgres: .template("LEFT({0}, CAST({1} AS INTEGER))"), spark: .template("LEFT({0}, {1})")),
        "right": all(.refused("not lowered yet")),
        "repeat": all(.refused("not lowered yet")),
        "replace": all(.template("REPLACE({0}, {1}, {2})")),
        "split": all(.refused("lists have no column type on SQL engines")),
        "starts_with": each(sqlite: .template("(SUBSTR({0}, 1, LENGTH({1})) = {1})"), duckdb: .template("STARTS_WITH({0}, {1})"),
                            postgres: .template("STARTS_WITH({0}, {1})"), spark: .template("STARTSWITH({0}, {1})")),
        "ends_with": each(sqlite: .template("(SUBSTR({0}, -LENGTH({1})) = {1} OR LENGTH({1}) = 0)"), duckdb: .template("ENDS_WITH({0}, {1})"),
                          postgres: .template("(RIGHT({0}, LENGTH({1})) = {1})"), spark: .template("ENDSWITH({0}, {1})")),
        "position": each(sqlite: .template("INSTR({0}, {1})"), duckdb: .template("CAST(INSTR({0}, {1}) AS BIGINT)"),
                         postgres: .template("CAST(STRPOS({0}, {1}) AS BIGINT)"), spark: .template("CAST(INSTR({0}, {1}) AS BIGINT)")),
        "lpad": all(.refused("not lowered yet")), "rpad": all(.refused("not lowered yet")),
        "concat": all(.lowered),
        "regex_match": all(.lowered),
        "regex_extract": all(.refused("group numbering and no-match results differ between engines")),
        "regex_replace": all(.refused("replacement syntax ($1) differs between engines")),
        // ScalarsConversion
        "to_number": all(.refused(documentParsing)),
        "to_text": all(.lowered),
        "format_money": all(.refused(displayOnly)), "format_percent": all(.refused(displayOnly)), "format_thousands": all(.refused(displayOnly)),
        // ScalarsDates
        "month": all(.lowered), "day": all(.lowered), "quarter": all(.lowered),
        "weekday": each(sqlite: .template("((CAST(STRFTIME('%w', {0}) AS INTEGER) + 6) % 7 + 1)"), duckdb: .template("CAST(ISODOW({0}) AS BIGINT)"),
                        postgres: .template("CAST(EXTRACT(ISODOW FROM {0}) AS BIGINT)"), spark: .template("CAST((DAYOFWEEK({0}) + 5) % 7 + 1 AS BIGINT)")),
        "make_date": all(.refused("planq gives null for a day that does not exist; engines raise errors")),
        "today": all(.refused("the engine's clock and time zone are not planq's")),
        "date_diff": all(.refused("planq counts months as date_add adds them; not lowered yet")),
        "date_add": all(.refused("planq clamps to the month's last day; not lowered yet")),
        "date_trunc": all(.lowered),
        "parse_date": all(.refused(documentParsing)),
        // FinancialYear
        "fy_start": all(.lowered), "fy_end": all(.lowered),
        "fy_quarter": all(.lowered), "fy_month": all(.lowered),
        "fy_label": all(.refused("not lowered yet")),
        "parse_fy": all(.refused(documentParsing)),
    ]
}
