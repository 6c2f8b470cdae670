@testable import PlanQuery

/// Well-typed random planq queries over the fuzz tables `t` and `u`, steered by the fuzzer's
/// bytes: every choice is a byte, so libFuzzer's mutations move through the space of
/// queries the way they move through bytes. Values include the extremes (the smallest
/// integer, 18-digit decimals, the calendar's ends, empty and non-ASCII text).
struct QueryGenerator {
    var input: FuzzInput
    let maxDepth = 4

    enum Kind: CaseIterable { case int, decimal, text, bool, date, fy }

    /// `t`: i int, k int (a key 0…3), d decimal, s text, dt date, y financial year, b bool.
    /// `u`: k int, v decimal, s text.
    static let columns: [Kind: [String]] = [
        .int: ["i", "k"], .decimal: ["d"], .text: ["s"], .bool: ["b"], .date: ["dt"], .fy: ["y"],
    ]

    mutating func table(_ name: String) -> Table {
        let rows = input.below(7)
        let texts: [Value] = [.text("Kent"), .text(""), .text("NI 117"), .text("Ærø 🌍"), .text("a\u{301}"), .text("e\u{301}"), .text("é"), .null]
        let ints: [Value] = [.int(0), .int(1), .int(-1), .int(7), .int(Int.max), .int(Int.min), .null]
        let decimals: [Value] = [.decimal(ExactDecimal(units: 1, scale: 1)), .decimal(ExactDecimal(units: -250, scale: 2)),
                                 .decimal(ExactDecimal(units: 999_999_999_999_999_999, scale: 2)), .decimal(ExactDecimal(units: 5, scale: 18)), .null]
        let dates: [Value] = [CalendarDate(year: 2009, month: 3, day: 31), CalendarDate(year: 1, month: 1, day: 1),
                              CalendarDate(year: 9999, month: 12, day: 31), CalendarDate(year: 2008, month: 2, day: 29)].map { $0.map(Value.date) ?? .null } + [.null]
        let years: [Value] = [.fiscalYear(FiscalYear(startYear: 2008)), .fiscalYear(FiscalYear(startYear: 1)),
                              .fiscalYear(FiscalYear(startYear: 9998)), .null]
        if name == "u" {
            let data = (0..<rows).map { _ in [Value.int(input.below(4)), input.pick(decimals), input.pick(texts)] }
            return Table(names: ["k", "v", "s"], rows: data)
        }
        let data = (0..<rows).map { _ in
            [input.pick(ints), .int(input.below(4)), input.pick(decimals), input.pick(texts), input.pick(dates), input.pick(years),
             input.pick([Value.bool(true), .bool(false), .null])]
        }
        return Table(names: ["i", "k", "d", "s", "dt", "y", "b"], rows: data)
    }

    mutating func query() -> String {
        var q = "from t"
        for _ in 0..<(1 + input.below(5)) { q += " | " + transform() }
        return q
    }

    mutating func transform() -> String {
        switch input.below(14) {
        case 0, 1: return "where " + expr(.bool, 0)
        case 2, 3: return "derive n\(input.below(3)) = " + expr(input.pick(Kind.allCases), 0)
        case 4: return "derive w = " + window()
        case 5: return "sort " + (input.chance(4) ? "-" : "") + column(input.pick(Kind.allCases)) + ", k"
        case 6: return "take \(input.pick([0, 1, 3, 100]))"
        case 7: return "summarize " + aggregate() + ", m = count()" + (input.chance(5) ? " by k" : "")
        case 8: return "join " + input.pick(["", "left ", "full ", "anti ", "semi "]) + "u on k"
        case 9: return "distinct k" + (input.chance(4) ? ", b" : "")
        case 10: return "group k (sort -i | take \(input.below(3)))"
        case 11: return "total"
        case 12: return "select k, " + expr(input.pick(Kind.allCases), 1)
        default: return "append u"
        }
    }

    mutating func column(_ kind: Kind) -> String { input.pick(QueryGenerator.columns[kind] ?? ["k"]) }

    mutating func literal(_ kind: Kind) -> String {
        switch kind {
        case .int: return input.pick(["0", "1", "-1", "3", "9223372036854775807", "(-9223372036854775807 - 1)", "null"])
        case .decimal: return input.pick(["0.1", "2.50", "-0.05", "£1.2m", "5%", "9999999999999999.99", "0.000000000000000001"])
        case .text: return input.pick(["\"Kent\"", "\"\"", "\"NI 117\"", "\"é\"", "\"e\\u0301\"", "\"%\""])
        case .bool: return input.pick(["true", "false", "null"])
        case .date: return input.pick(["@2009-03-31", "@0001-01-01", "@9999-12-31", "@2008-02-29"])
        case .fy: return input.pick(["FY2008/09", "FY0001/02", "FY9998/99"])
        }
    }

    mutating func expr(_ kind: Kind, _ depth: Int) -> String {
        if depth >= maxDepth || input.isExhausted || input.chance(3) {
            return input.chance(5) ? column(kind) : literal(kind)
        }
        let d = depth + 1
        switch kind {
        case .int:
            switch input.below(12) {
            case 0: return "(\(expr(.int, d)) \(input.pick(["+", "-", "*", "%"])) \(expr(.int, d)))"
            case 1: return "abs(\(expr(.int, d)))"
            case 2: return "length(\(expr(.text, d)))"
            case 3: return "year(\(expr(.date, d)))"
            case 4: return "div(\(expr(.int, d)), \(expr(.int, d)))"
            case 5: return "round(\(expr(.int, d)), \(literal(.int)))"
            case 6: return "date_diff(\"\(input.pick(["day", "month", "year"]))\", \(expr(.date, d)), \(expr(.date, d)))"
            case 7: return "(\(expr(.fy, d)) - \(expr(.fy, d)))"
            case 8: return "coalesce(\(expr(.int, d)), \(expr(.int, d)))"
            case 9: return "if \(expr(.bool, d)) then \(expr(.int, d)) else \(expr(.int, d))"
            case 10: return "mod(\(expr(.int, d)), \(expr(.int, d)))"
            default: return "sign(\(expr(.decimal, d)))"
            }
        case .decimal:
            switch input.below(7) {
            case 0: return "(\(expr(.decimal, d)) \(input.pick(["+", "-", "*", "%"])) \(expr(.decimal, d)))"
            case 1: return "round(\(expr(.decimal, d)), \(input.pick(["2", "0", "-1", "20", "-20"])))"
            case 2: return "abs(\(expr(.decimal, d)))"
            case 3: return "(\(expr(.int, d)) * \(expr(.decimal, d)))"
            case 4: return "to_number(\(expr(.text, d)))"
            case 5: return "case when \(expr(.bool, d)) then \(expr(.decimal, d)) else \(expr(.decimal, d)) end"
            default: return "-\(expr(.decimal, d))"
            }
        case .text:
            switch input.below(9) {
            case 0: return "upper(\(expr(.text, d)))"
            case 1: return "substring(\(expr(.text, d)), \(expr(.int, d)), \(expr(.int, d)))"
            case 2: return "lpad(\(expr(.text, d)), \(input.pick(["3", "0", "-2", "40"])), \(literal(.text)))"
            case 3: return "regex_replace(\(expr(.text, d)), \(pattern()), \"<$0>\")"
            case 4: return "regex_extract(\(expr(.text, d)), \(pattern()), \(input.below(3)))"
            case 5: return "concat(\(expr(.text, d)), \(expr(.int, d)), \(expr(.date, d)))"
            case 6: return "(\(expr(.text, d)) + \(expr(.text, d)))"
            case 7: return "format_money(\(expr(.decimal, d)))"
            default: return "fy_label(\(expr(.fy, d)))"
            }
        case .bool:
            switch input.below(9) {
            case 0:
                let k = input.pick(Kind.allCases)
                return "(\(expr(k, d)) \(input.pick(["==", "!=", "<", "<=", ">", ">="])) \(expr(k, d)))"
            case 1: return "(\(expr(.bool, d)) \(input.pick(["and", "or"])) \(expr(.bool, d)))"
            case 2: return "not \(expr(.bool, d))"
            case 3: return "(\(expr(.text, d)) ~= \(pattern()))"
            case 4: return "(\(expr(.int, d)) in [\(literal(.int)), \(literal(.int)), null])"
            case 5: return "(\(expr(.decimal, d)) between \(literal(.decimal)) and \(literal(.decimal)))"
            case 6: return "is_null(\(expr(input.pick(Kind.allCases), d)))"
            case 7: return "contains(\(expr(.text, d)), \(literal(.text)))"
            default: return "regex_match(\(expr(.text, d)), \(pattern()))"
            }
        case .date:
            switch input.below(4) {
            case 0: return "date_add(\(expr(.date, d)), \(expr(.int, d)), \"\(input.pick(["day", "week", "month", "quarter", "year"]))\")"
            case 1: return "date_trunc(\"\(input.pick(["week", "month", "quarter", "year", "fy"]))\", \(expr(.date, d)))"
            case 2: return "(\(expr(.date, d)) \(input.pick(["+", "-"])) \(expr(.int, d)))"
            default: return "fy_\(input.pick(["start", "end"]))(\(expr(.fy, d)))"
            }
        case .fy:
            return input.chance(4) ? "fy(\(expr(.date, d)))" : "(\(expr(.fy, d)) + \(expr(.int, d)))"
        }
    }

    mutating func pattern() -> String {
        input.pick(["\"^K\"", "\"(a+)+$\"", "\"\\\\d+\"", "\"(?i)ni\"", "\"\\\\bé\"", "\"^(a|aa)*$\"", "\"[\"", "\"x*\"", "\"(?=a)\""])
    }

    mutating func aggregate() -> String {
        let x = input.chance(4) ? column(.int) : column(.decimal)
        return "a = " + input.pick(["sum(\(x))", "avg(\(x))", "min(s)", "max(dt)", "median(\(x))", "stddev(\(x))",
                                    "count_distinct(s)", "histogram(\(x), \(input.pick(["1", "3", "100000"])))",
                                    "string_agg(s)", "product(\(x))", "quantile_cont(\(x), 0.3)", "sum(\(x)) where b",
                                    "arg_max(s, \(x))", "first(s)", "total(\(x))"])
    }

    mutating func window() -> String {
        input.pick(["row_number()", "lag(i, \(input.pick(["1", "-1", "9223372036854775807"])))", "running_sum(d)",
                    "rank(i)", "moving_avg(i, \(input.pick(["2", "40", "9223372036854775807"])))", "ntile(\(input.pick(["1", "3", "1000"])))",
                    "percent_rank(d)", "cume_dist(i)", "lead(s, 2, \"x\")", "moving_max(dt, 3)", "pct_change(d)", "fill_down(s)"])
    }
}
