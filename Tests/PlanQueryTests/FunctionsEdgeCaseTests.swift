import Testing
@testable import PlanQuery

/// Edge cases of the library functions: typical values, nulls, empty input, one row, ties and
/// large values. Each case is a query and its result text (FunctionDocs.resultText: rows of
/// unquoted CSV values joined by `,`, rows by `\n`). The statistical functions are checked
/// against Python in FunctionsStatsTests; these expectations are small enough to work by hand.
struct EdgeCase: Sendable, CustomTestStringConvertible {
    var query: String
    var expected: String
    init(_ query: String, _ expected: String) { self.query = query; self.expected = expected }
    var testDescription: String { query }
}

let empty = "from [1] | where value > 5"

enum EdgeCases {
    static let aggregates: [EdgeCase] = [
        // empty input: null, except the counts
        EdgeCase("\(empty) | summarize a = first(value), b = last(value), c = any_value(value), d = arg_max(value, value), e = arg_max(value, value, 2), f = bool_and(value > 0), g = string_agg(value), h = list(value), i = set(value), j = histogram(value), k = sparkline(value), l = mode(value), m = count_distinct(value), n = null_count(value)",
                 ",,,,,,,,,,,,0,0"),
        EdgeCase("\(empty) | summarize m = median(value), q = quantile_cont(value, [0.5]), d = quantile_disc(value, 0.5), p = product(value), r = range(value), w = weighted_avg(value, value), c = corr(value, value), n = regr_count(value, value)",
                 ",,,,,,,0"),
        // only nulls
        EdgeCase("from [null, null] | summarize a = first(value), c = any_value(value), g = string_agg(value), h = list(value), n = null_count(value), m = median(value), s = sparkline(value), d = count_distinct(value)",
                 ",,,,2,,,0"),
        // one row
        EdgeCase("from [5] | summarize a = first(value), b = arg_min(value, value, 3), h = histogram(value, 3), k = sparkline(value), s = stddev(value), v = var_pop(value), sk = skewness(value), m = median(value), md = mad(value)",
                 "5,[5],[1, 0, 0],▄,,0,,5,0"),
        // ties: the first in input order wins; nulls in `by` are skipped
        EdgeCase("from [[1, \"a\"], [3, \"b\"], [3, \"c\"], [null, \"d\"]] | summarize mx = arg_max(value2, value1), mn = arg_min(value2, value1), top = arg_max(value2, value1, 5)",
                 "b,a,[\"b\", \"c\", \"a\"]"),
        EdgeCase("from [\"x\", \"y\", \"y\", \"x\"] | summarize m = mode(value)", "x"),
        EdgeCase("from [[1, \"a\"], [3, \"b\"]] | summarize one = arg_max(value2, value1, 1), two = arg_min(value2, value1, 2)", "b,[\"a\", \"b\"]"),
        EdgeCase("from [3, 1, 3, 1, 2] | summarize s = set(value), l = list(value), n = count_distinct(value)", "[3, 1, 2],[3, 1, 3, 1, 2],3"),
        EdgeCase("from [1, 1.0, 1.00] | summarize n = count_distinct(value), s = set(value)", "1,[1]"),
        // nulls inside: first/last take the row, any_value skips nulls
        EdgeCase("from [null, 2, null] | summarize f = first(value), l = last(value), a = any_value(value), s = sparkline(value)", ",,2, ▄ "),
        // large values: exact median and range of Int.max
        EdgeCase("from [9223372036854775807, 1] | summarize s = median(value), r = range(value)", "4611686018427387904,9223372036854775806"),
        EdgeCase("from [1000000000.01, 1000000000.02, 1000000000.04] | summarize m = median(value), d = mad(value), v = var_pop(value)",
                 "1000000000.02,0.01,0.00015555555555555556"),
        // decimals keep their places; money medians keep pence
        EdgeCase("from [1.10, 2.20] | summarize m = median(value), q = quantile_cont(value, 0.5), p = percentile(value, 50%), mad = mad(value)", "1.65,1.65,1.65,0.55"),
        // (list items show decimals without trailing zeros)
        EdgeCase("from [10.00, 20.00, 30.50] | summarize m = median(value), p = percentile(value, [0, 100])", "20.00,[10, 30.5]"),
        // other orderable types
        EdgeCase("from [@2009-03-31, @2008-04-01, null] | summarize lo = min(value), spread = range(value), q = quantile_disc(value, 0.5), m = mode(value)",
                 "2008-04-01,364,2008-04-01,2009-03-31"),
        EdgeCase("from [FY2008/09, FY2006/07, FY2007/08] | summarize r = range(value), q = quantile_disc(value, 1)", "2,2008/09"),
        EdgeCase("from [\"b\", \"a\", \"c\"] | summarize q = quantile_disc(value, [0, 1]), f = first(value), s = string_agg(value, \"\")", "[\"a\", \"c\"],b,bac"),
        // histogram bounds and text
        EdgeCase("from [100, 200, 300] | summarize h = histogram(value, [150, 250]), ht = histogram(value, 2, as_text = true)", "[1, 1, 1],▅█"),
        EdgeCase("from [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] | summarize h = histogram(value, 2)", "[5, 5]"),
        // bool aggregates skip nulls
        EdgeCase("from [true, null, false] | summarize a = bool_and(value), o = bool_or(value), e = every(value), y = any(value)", "false,true,false,true"),
        EdgeCase("from [null] | summarize a = bool_and(value)", ""),
        // geometric/harmonic means with zero and negatives
        EdgeCase("from [0, 4] | summarize g = geometric_mean(value), h = harmonic_mean(value)", "0,0"),
        EdgeCase("from [-1, 4] | summarize g = geometric_mean(value), h = harmonic_mean(value)", ","),
        // weighted average: zero weights, null pairs
        EdgeCase("from [[10, 0], [20, 0]] | summarize w = weighted_avg(value1, value2)", ""),
        EdgeCase("from [[10, 1], [null, 5], [20, null], [40, 3]] | summarize w = weighted_avg(value1, value2)", "32.5"),
        // product: exact while it fits, then floats
        EdgeCase("from [0.1, 0.2, 0.3] | summarize p = product(value)", "0.006"),
        EdgeCase("from [1e10, 1e10, 1e10] | summarize p = product(value)", "1e+30"),
        // the filter modifier and the _if sugar on library aggregates
        EdgeCase("from [1, 2, 3, 4, 10] | summarize m = median(value) where value < 10, c = count_if(value > 2), s = string_agg_if(value, value > 3)", "2.5,3,4, 10"),
        EdgeCase("from [1, 2, 3, 4] | summarize s = sum_if(value, value > 2), a = avg_if(value, value > 2), n = count_if(value > 9), m = max_if(value, value < 3)", "7,3.5,0,2"),
        // grouped, with an all-null group
        EdgeCase("from [[\"a\", 1], [\"b\", null], [\"a\", 3]] | summarize m = median(value2), l = list(value2), n = null_count(value2) by value1 | sort value1",
                 "a,2,[1, 3],0\nb,,,1"),
        // bivariate degenerate cases
        EdgeCase("from [[1, 5], [2, 5]] | summarize s = regr_slope(value1, value2), r = corr(value1, value2), r2 = regr_r2(value1, value2), c = covar_pop(value1, value2)", ",,,0"),
        EdgeCase("from [[7, 1], [7, 2]] | summarize s = regr_slope(value1, value2), r2 = regr_r2(value1, value2), i = regr_intercept(value1, value2)", "0,1,7"),
        // a user-written aggregate (fn made of aggregates) from the prelude
        EdgeCase("from [1, null, 3, 4] | summarize filled = completeness(value)", "0.75"),
    ]

    static let windows: [EdgeCase] = [
        EdgeCase("from [3, null, 3, 1] | derive p = percent_rank(value), c = cume_dist(value), n = ntile(3), f = first_value(value), l = last_value(value), nv = nth_value(value, 9) | select p, c, n, f, l, nv",
                 "0.5,1,1,3,1,\n,,1,3,1,\n0.5,1,2,3,1,\n0,0.3333333333333333,3,3,1,"),
        EdgeCase("from [3, null, 3, 1] | derive ra = running_avg(value), rmin = running_min(value), rmax = running_max(value), rc = running_count(), rcv = running_count(value) | select ra, rmin, rmax, rc, rcv",
                 "3,3,3,1,1\n3,3,3,2,1\n3,3,3,3,2\n2.3333333333333335,1,3,4,3"),
        EdgeCase("from [3, null, 3, 1] | derive ma = moving_avg(value, 2), ms = moving_sum(value, 2), mn = moving_min(value, 2), d = delta(value), pc = pct_change(value), q = ratio(value), fd = fill_down(value), s = pct_of_total(value) | select ma, ms, mn, d, pc, q, fd, s",
                 "3,3,3,,,,3,0.42857142857142855\n3,3,3,,,,3,\n3,3,3,,,,3,0.42857142857142855\n2,4,1,-2,-0.6666666666666666,0.3333333333333333,1,0.14285714285714285"),
        // empty input: no rows
        EdgeCase("\(empty) | derive p = percent_rank(value), n = ntile(2), s = pct_of_total(value), m = moving_avg(value, 3)", ""),
        // one row
        EdgeCase("from [7] | derive p = percent_rank(value), c = cume_dist(value), n = ntile(4), d = delta(value), s = pct_of_total(value) | select p, c, n, d, s", "0,1,1,,1"),
        // zeros: no division by zero
        EdgeCase("from [0, 0, 5] | derive s = pct_of_total(value), pc = pct_change(value), q = ratio(value) | select s, pc, q", "0,,\n0,,\n1,,"),
        EdgeCase("from [0, 0] | derive s = pct_of_total(value) | select s", "\n"),
        // negative base: the change is measured against |previous|
        EdgeCase("from [-100, -50] | derive pc = pct_change(value) | select pc", "\n0.5"),
        // ties share ranks
        EdgeCase("from [5, 5, 5] | derive p = percent_rank(value), c = cume_dist(value) | select p, c", "0,1\n0,1\n0,1"),
        // exact decimals stay exact
        EdgeCase("from [0.1, 0.2, 0.3] | derive ms = moving_sum(value, 2), d = delta(value) | select ms, d", "0.1,\n0.3,0.1\n0.5,0.1"),
        // dates and financial years
        EdgeCase("from [@2009-03-31, @2009-04-30] | derive d = delta(value) | select d", "\n30"),
        EdgeCase("from [FY2008/09, FY2006/07] | derive d = delta(value) | select d", "\n-2"),
        // per group inside `group`
        EdgeCase("from [[\"a\", 1], [\"b\", 10], [\"a\", 3], [\"b\", 30]] | group value1 (derive s = pct_of_total(value2), r = running_sum(value2), n = ntile(2)) | select value1, s, r, n",
                 "a,0.25,1,1\na,0.75,4,2\nb,0.25,10,1\nb,0.75,40,2"),
        // the current order is the window order
        EdgeCase("from [3, 1, 2] | sort value | derive f = first_value(value), l = last_value(value), d = delta(value) | select f, l, d", "1,3,\n1,3,1\n1,3,1"),
        EdgeCase("from [\"Roads\", null, null, \"Parks\", null] | derive d = fill_down(value) | select d", "Roads\nRoads\nRoads\nParks\nParks"),
        EdgeCase("from [1, 2, 3, 4, 5] | derive m = moving_max(value, 10), x = moving_min(value, 1) | select m, x", "1,1\n2,2\n3,3\n4,4\n5,5"),
    ]

    static let scalars: [EdgeCase] = [
        // maths
        EdgeCase("floor(2.5)", "2"), EdgeCase("floor(-0.0001)", "-1"), EdgeCase("ceil(-2.5)", "-2"), EdgeCase("trunc(-2.99)", "-2"),
        EdgeCase("ceil(9223372036854775807)", "9223372036854775807"), EdgeCase("floor(1e300 / 1)", ""), EdgeCase("floor(null)", ""),
        EdgeCase("sqrt(-1)", ""), EdgeCase("ln(0)", ""), EdgeCase("log(100)", "2"), EdgeCase("log(8, 1)", ""), EdgeCase("exp(1000)", ""),
        EdgeCase("pow(2, 10)", "1024"), EdgeCase("pow(-8, 1/3)", ""), EdgeCase("pow(1.1, 3)", "1.331"), EdgeCase("power(2, -1)", "0.5"),
        EdgeCase("sign(0)", "0"), EdgeCase("sign(-0.5)", "-1"),
        EdgeCase("mod(7, 0)", ""), EdgeCase("mod(7.5, 2)", "1.5"), EdgeCase("mod(-7, 3)", "-1"),
        EdgeCase("div(7, 0)", ""), EdgeCase("div(7.5, 2)", "3"), EdgeCase("div(-7, 2)", "-3"),
        EdgeCase("clamp(@2009-05-01, @2009-04-01, @2009-04-30)", "2009-04-30"), EdgeCase("clamp(null, 0, 1)", ""), EdgeCase("clamp(-1, 0, 1)", "0"),
        EdgeCase("greatest(null, null)", ""), EdgeCase("least(2, 1.5)", "1.5"), EdgeCase("greatest(FY2008/09, FY2010/11, null)", "2010/11"),
        // nulls
        EdgeCase("nullif(\"N/A\", \"N/A\")", ""), EdgeCase("nullif(3, null)", "3"), EdgeCase("nullif(null, 3)", ""),
        EdgeCase("is_null(0)", "false"), EdgeCase("is_not_null(null)", "false"),
        // text
        EdgeCase("trim(\"  x \t \")", "x"), EdgeCase("ltrim(\"  x \")", "x "), EdgeCase("rtrim(\"  x \")", "  x"), EdgeCase("trim(null)", ""),
        EdgeCase("substring(\"abc\", 0, 2)", "a"), EdgeCase("substring(\"abc\", 2)", "bc"), EdgeCase("substring(\"abc\", 5, 1)", ""),
        EdgeCase("substring(\"abc\", 2, -1)", ""), EdgeCase("substring(\"£1,639.8\", 1, 2)", "£1"),
        EdgeCase("left(\"ab\", 5)", "ab"), EdgeCase("right(\"abc\", 0)", ""), EdgeCase("right(\"abc\", -1)", ""),
        EdgeCase("repeat(\"x\", 0)", ""), EdgeCase("repeat(\"ab\", -2)", ""),
        EdgeCase("replace(\"aaa\", \"a\", \"bb\")", "bbbbbb"), EdgeCase("replace(\"abc\", \"\", \"x\")", "abc"),
        EdgeCase("split(\"\", \",\")", "[\"\"]"), EdgeCase("split(\"a,b\", \"\")", "[\"a\", \",\", \"b\"]"), EdgeCase("length(split(\"a;b;c\", \";\"))", "3"),
        EdgeCase("position(\"abc\", \"\")", "1"), EdgeCase("position(\"£1,000\", \"1\")", "2"), EdgeCase("position(\"abc\", \"z\")", "0"),
        EdgeCase("starts_with(\"abc\", \"\")", "true"), EdgeCase("ends_with(\"abc\", \"C\")", "false"),
        EdgeCase("lpad(\"abcdef\", 3)", "abc"), EdgeCase("rpad(\"a\", 5, \"xy\")", "axyxy"), EdgeCase("lpad(\"a\", 3, \"\")", "a"),
        EdgeCase("concat(null)", ""), EdgeCase("concat(\"a\", null, 1, FY2008/09)", "a12008/09"),
        EdgeCase("title_case(\"o'neill and mcdonald-smith\")", "O'neill And Mcdonald-Smith"), EdgeCase("reverse(\"\")", ""),
        EdgeCase("regex_extract(\"no digits\", \"\\\\d+\")", ""), EdgeCase("regex_extract(\"ab12cd34\", \"\\\\d+\")", "12"),
        EdgeCase("regex_extract(\"ab12\", \"(x)?\\\\d+\", 1)", ""), EdgeCase("regex_extract(\"ab12\", \"(\\\\d)\", 5)", ""),
        EdgeCase("regex_replace(\"a1b22\", \"\\\\d\", \"#\")", "a#b##"), EdgeCase("regex_replace(\"a\", \"(a)\", \"$1$$$9\")", "a$$9"),
        EdgeCase("regex_match(null, \"a\")", ""),
        // conversion: plan-data spellings (docs/plan-data-formats.md)
        EdgeCase("to_number(\"(1,234)\")", "-1234"), EdgeCase("to_number(\"98%\")", "0.98"), EdgeCase("to_number(\"£1,639.8\")", "1639.8"),
        EdgeCase("to_number(\"-£1.687m\")", "-1687000"), EdgeCase("to_number(\"£1.320bn\")", "1320000000"), EdgeCase("to_number(\"£350k\")", "350000"),
        EdgeCase("to_number(\"£141.9 million\")", "141900000"), EdgeCase("to_number(\"3,745\")", "3745"), EdgeCase("to_number(\"1639.8\")", "1639.8"),
        EdgeCase("to_number(\"N/A\")", ""), EdgeCase("to_number(\"TBC\")", ""), EdgeCase("to_number(\"-\")", ""), EdgeCase("to_number(\"\")", ""),
        EdgeCase("to_number(\"1.34m\")", "1340000"), EdgeCase("to_number(\"137k\")", "137000"), EdgeCase("to_number(\"12,34\")", ""),
        EdgeCase("to_number(\"20 days\")", ""), EdgeCase("to_number(3)", "3"), EdgeCase("to_number(\"100.55%\")", "1.0055"),
        EdgeCase("to_number(\"9,223,372,036,854,775,807\")", "9223372036854775807"), EdgeCase("to_number(\"99,223,372,036,854,775,807\")", ""),
        EdgeCase("to_text(@2009-03-31)", "2009-03-31"), EdgeCase("to_text([1, \"a\"])", "[1, \"a\"]"), EdgeCase("to_text(null)", ""),
        EdgeCase("format_money(1639.8)", "£1,639.80"), EdgeCase("format_money(0.005)", "£0.01"), EdgeCase("format_money(-0.004)", "£0.00"),
        EdgeCase("format_money(3805000, 1, \"m\")", "£3.8m"), EdgeCase("format_money(-1687000, 3, \"m\")", "-£1.687m"),
        EdgeCase("format_money(1234567.891 / 1)", "£1,234,567.89"), EdgeCase("format_money(1, 0)", "£1"), EdgeCase("format_money(null)", ""),
        EdgeCase("format_money(9000000000000000000)", "£9,000,000,000,000,000,000.00"),
        EdgeCase("format_percent(0.657)", "65.7%"), EdgeCase("format_percent(1.0055, 2)", "100.55%"), EdgeCase("format_percent(-0.05 / 1, 0)", "-5%"),
        EdgeCase("format_thousands(1234567.891)", "1,234,568"), EdgeCase("format_thousands(-1234.5, 2)", "-1,234.50"), EdgeCase("format_thousands(999)", "999"),
        // dates (docs/plan-data-formats.md)
        EdgeCase("make_date(2009, 2, 29)", ""), EdgeCase("make_date(2008, 2, 29)", "2008-02-29"), EdgeCase("make_date(2009, 13, 1)", ""),
        EdgeCase("date_diff(\"day\", @2009-03-31, @2008-04-01)", "-364"), EdgeCase("date_diff(\"month\", @2009-01-31, @2009-02-28)", "1"),
        EdgeCase("date_diff(\"month\", @2009-01-31, @2009-02-27)", "0"), EdgeCase("date_diff(\"year\", @2008-02-29, @2009-02-28)", "1"),
        EdgeCase("date_diff(\"month\", @2008-04, @2009-03)", "11"), EdgeCase("date_diff(\"week\", @2008-04-14, @2008-04-01)", "-1"),
        EdgeCase("date_add(@2008-02-29, 1, \"year\")", "2009-02-28"), EdgeCase("date_add(@2009-03, 13, \"month\")", "2010-04"),
        EdgeCase("date_add(@2009-03-31, 1)", "2009-04-01"), EdgeCase("date_add(null, 1)", ""),
        EdgeCase("date_trunc(\"week\", @2009-03-31)", "2009-03-30"), EdgeCase("date_trunc(\"fy\", @2009-03-31)", "2008-04-01"),
        EdgeCase("parse_date(\"31.03.09\")", "2009-03-31"), EdgeCase("parse_date(\"1/4/08\")", "2008-04-01"), EdgeCase("parse_date(\"31/12/2007\")", "2007-12-31"),
        EdgeCase("parse_date(\"01-10-07\")", "2007-10-01"), EdgeCase("parse_date(\"Mar 09\")", "2009-03-01"), EdgeCase("parse_date(\"Mar 09\", at_end = true)", "2009-03-31"),
        EdgeCase("parse_date(\"By end Mar 09\")", "2009-03-31"), EdgeCase("parse_date(\"End March 2009\")", "2009-03-31"), EdgeCase("parse_date(\"Sept 08\")", "2008-09-01"),
        EdgeCase("parse_date(\"Friday, 4 April 2008\")", "2008-04-04"), EdgeCase("parse_date(\"Monday, 14th April, 2008\")", "2008-04-14"),
        EdgeCase("parse_date(\"Thursday, 15th September, 2011\")", "2011-09-15"), EdgeCase("parse_date(\"17 March 2008\")", "2008-03-17"),
        EdgeCase("parse_date(\"31.02.09\")", ""), EdgeCase("parse_date(\"Ongoing\")", ""), EdgeCase("parse_date(\"2008/09\")", ""), EdgeCase("parse_date(\"March\")", ""),
        EdgeCase("parse_date(\"Summer 2008\")", ""), EdgeCase("parse_date(\"5 December\")", ""), EdgeCase("parse_date(null)", ""),
        // financial years (docs/plan-data-formats.md)
        EdgeCase("fy_start(@2009-03-31)", "2008-04-01"), EdgeCase("fy_end(\"2008-09\")", "2009-03-31"), EdgeCase("fy_end(\"nonsense\")", ""),
        EdgeCase("fy_quarter(@2008-04-01)", "1"), EdgeCase("fy_quarter(@2008-12-31)", "3"), EdgeCase("fy_quarter(@2009-01-01)", "4"), EdgeCase("fy_month(@2009-03)", "12"),
        EdgeCase("fy_label(FY2008/09, \"fy\")", "FY2008/09"), EdgeCase("fy_label(FY1999/00, \"dash\")", "1999-00"), EdgeCase("fy_label(\"2008/2009\")", "2008/09"),
        EdgeCase("parse_fy(\"2007/08\")", "2007/08"), EdgeCase("parse_fy(\"2007-08\")", "2007/08"), EdgeCase("parse_fy(\"2008- 09\")", "2008/09"),
        EdgeCase("parse_fy(\"2008/9\")", "2008/09"), EdgeCase("parse_fy(\"2006/2007\")", "2006/07"), EdgeCase("parse_fy(\"2007 – 2008\")", "2007/08"),
        EdgeCase("parse_fy(\"2005 - 2006\")", "2005/06"), EdgeCase("parse_fy(\"2006 – 2007\")", "2006/07"), EdgeCase("parse_fy(\"2006-7\")", "2006/07"),
        EdgeCase("parse_fy(\"2000/1\")", "2000/01"), EdgeCase("parse_fy(\"1999/00\")", "1999/00"), EdgeCase("parse_fy(\"07/08\")", "2007/08"),
        EdgeCase("parse_fy(\"FY2008/09\")", "2008/09"), EdgeCase("parse_fy(\"fy 2008-09\")", "2008/09"),
        EdgeCase("parse_fy(\"2008/10\")", ""), EdgeCase("parse_fy(\"Key Stage 2006\")", ""), EdgeCase("parse_fy(@2009-03-31)", "2008/09"),
        EdgeCase("FY2008/09 + 1", "2009/10"), EdgeCase("FY2008/09 - FY2006/07", "2"), EdgeCase("year(FY2008/09)", "2008"),
        // the planq-written plan helpers
        EdgeCase("rag(100, 100)", "green"), EdgeCase("rag(95, 100)", "amber"), EdgeCase("rag(94.99, 100)", "red"), EdgeCase("rag(null, 100)", ""),
        EdgeCase("rag(12, 10, higher_is_better = false, amber_band = 20%)", "amber"), EdgeCase("rag(9, 10, false)", "green"),
        EdgeCase("rag(-5, -4)", "red"), EdgeCase("rag(0, 0)", "green"),
        EdgeCase("direction_of_travel(70, 60)", "improving"), EdgeCase("direction_of_travel(50, 60)", "not improving"),
        EdgeCase("direction_of_travel(50, 60, higher_is_better = false)", "improving"), EdgeCase("direction_of_travel(60.5, 60)", "maintaining"),
        EdgeCase("direction_of_travel(0, 0)", "maintaining"), EdgeCase("direction_of_travel(1, 0)", "improving"), EdgeCase("direction_of_travel(1, null)", ""),
        // the default tolerance is 5% of |before|: the boundary is maintaining, just past it is not
        EdgeCase("direction_of_travel(63, 60)", "maintaining"), EdgeCase("direction_of_travel(63.01, 60)", "improving"),
        EdgeCase("direction_of_travel(57, 60)", "maintaining"), EdgeCase("direction_of_travel(56.99, 60)", "not improving"),
        EdgeCase("direction_of_travel(63.01, 60, higher_is_better = false)", "not improving"),
        EdgeCase("direction_of_travel(60.7, 60, tolerance = 1%)", "improving"), EdgeCase("direction_of_travel(60.6, 60, tolerance = 1%)", "maintaining"),
        EdgeCase("variance(1500, 1639.8)", "-139.8"), EdgeCase("variance_pct(1100, 0)", ""), EdgeCase("variance_pct(-80, -100)", "0.2"),
        EdgeCase("per_head(350, 0)", ""), EdgeCase("per_head(5, 1000)", "5"), EdgeCase("is_overspend(null, 1)", ""),
        EdgeCase("target_met(null, 1)", ""), EdgeCase("gap_to_target(97, 95)", "-2"), EdgeCase("from_thousands(-490.6)", "-490600.0"),
    ]
}

@Suite("Function edge cases")
struct FunctionsEdgeCaseTests {
    func run(_ c: EdgeCase) throws {
        let engine = makeEngine()
        let text = try FunctionDocs.run(example: c.query, in: engine)
        #expect(text == c.expected, Comment(rawValue: c.query))
    }

    @Test("aggregate", arguments: EdgeCases.aggregates) func aggregate(_ c: EdgeCase) throws { try run(c) }
    @Test("window", arguments: EdgeCases.windows) func window(_ c: EdgeCase) throws { try run(c) }
    @Test("scalar", arguments: EdgeCases.scalars) func scalar(_ c: EdgeCase) throws { try run(c) }

    @Test func typeErrorsPointAtTheArgument() throws {
        let engine = makeEngine()
        let cases: [(String, String)] = [
            ("from [1] | summarize q = quantile_cont(value, 1.5)", "quantile_cont needs a position between 0 and 1"),
            ("from [1] | summarize q = percentile(value, 150)", "percentile needs a position between 0 and 100"),
            ("from [1] | summarize q = quantile_cont(value, value)", "quantile_cont's `p` must be a constant"),
            ("from [\"a\"] | summarize m = median(value)", "median needs a number, not text"),
            ("from [1] | summarize t = arg_max(value, value, 0)", "arg_max's n must be a whole number of at least 1"),
            ("from [1] | derive t = ntile(0)", "ntile's n must be a whole number of at least 1"),
            ("from [1] | summarize h = histogram(value, \"x\")", "histogram's bins must be"),
            ("date_diff(\"fortnight\", @2008-04-01, @2008-04-14)", "date_diff's unit must be"),
            ("date_add(@2009-03, 1, \"day\")", "a month can only move by months"),
            ("regex_match(\"abc\", \"[\")", "invalid regular expression"),
            ("format_money(1, 2, \"thousand\")", "format_money's unit must be"),
            ("fy_label(FY2008/09, \"roman\")", "fy_label's style must be"),
            ("from [1] | summarize b = bool_and(value)", "bool_and needs true/false values"),
        ]
        for (q, message) in cases {
            let text = errorText(q, engine)
            #expect(text.contains(message), Comment(rawValue: "\(q)\n\(text)"))
        }
    }

    @Test func todayIsNotFolded() throws {
        let engine = makeEngine()
        guard case .date(let d) = try PlanQueryTests.scalar("today()", engine) else { Issue.record("today() is not a date"); return }
        #expect(d.year >= 2024)
    }
}
