#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Calendar scalars: parts of dates, differences, arithmetic by unit, truncation, parsing of
/// the date spellings of plan documents (docs/plan-data-formats.md). Financial-year functions are in
/// FinancialYear.swift. Units are "day", "week", "month", "quarter", "year" (plural too).

func registerDateScalars(_ r: inout FunctionRegistry) {
    func part(_ name: String, _ summary: String, example: String, result: String, months: Bool = true,
              _ f: @escaping @Sendable (Int, Int, Int) -> Int) {
        r.add(ScalarFunction(name, params: [.required("date")],
            help: FunctionHelp("date", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in
                switch args[0].type {
                case .date, .null: return (.int, .plain)
                case .month where months: return (.int, .plain)
                default: throw FunctionTypeError("\(name) needs a date\(months ? " or a month" : ""), not \(args[0].type.displayName)")
                }
            },
            row: { vals in
                switch vals[0] {
                case .date(let d): let c = d.components; return .int(f(c.year, c.month, c.day))
                case .month(let m): return .int(f(m.year, m.month, 1))
                default: return .null
                }
            }))
    }
    part("month", "The month number 1–12 of a date or month.", example: "month(@2009-03-31)", result: "3") { _, m, _ in m }
    part("day", "The day of the month 1–31.", example: "day(@2009-03-31)", result: "31", months: false) { _, _, d in d }
    part("quarter", "The calendar quarter 1–4 (January–March = 1); for the financial-year quarter see fy_quarter.",
         example: "quarter(@2009-03-31)", result: "1") { _, m, _ in (m - 1) / 3 + 1 }
    part("weekday", "ISO day of the week: Monday = 1 … Sunday = 7.", example: "weekday(@2009-03-31)", result: "2", months: false) { y, m, d in
        let days = CalendarDate.daysFromCivil(y, m, d)
        // 1970-01-01 was a Thursday (4).
        return ((days % 7) + 7 + 3) % 7 + 1
    }

    r.add(ScalarFunction("make_date", params: [.required("year"), .required("month"), .required("day")],
        help: FunctionHelp("date", "The date with this year, month and day; null when it does not exist (31 April).",
                           example: "make_date(2009, 3, 31)", result: "2009-03-31"),
        type: { args throws(FunctionTypeError) in
            for i in 0..<3 { try TextKit.int(args[i], "make_date", ["year", "month", "day"][i], argument: i) }
            return (.date, .plain)
        },
        row: { vals in
            guard case .int(let y) = vals[0], case .int(let m) = vals[1], case .int(let d) = vals[2],
                  let date = CalendarDate(year: y, month: m, day: d) else { return .null }
            return .date(date)
        }))

    r.add(ScalarFunction("today", params: [], pure: false,
        help: FunctionHelp("date", "Today's date (local time). Not folded into a constant: each run reads the clock.",
                           example: "today() > @2009-03-31", result: "true"),
        type: { _ in (.date, .plain) },
        evaluate: { _, _, _ in .scalar(.date(DateKit.today())) }), aliases: ["current_date"])

    r.add(ScalarFunction("date_diff", params: [.required("unit", constant: true), .required("from"), .required("to")],
        help: FunctionHelp("date", "Whole units from `from` to `to` (negative when `to` is earlier). Months, quarters and years count as date_add adds them, so date_diff(\"month\", d, date_add(d, n, \"month\")) is n: 31 Jan → 28 Feb is 1 month, 28 Feb → 30 Mar is 1 month (as Python's dateutil). Weeks are whole 7 days.",
                           example: "date_diff(\"month\", @2008-04-01, @2009-03-31)", result: "11"),
        type: { args throws(FunctionTypeError) in
            try DateKit.unitArg(args[0], "date_diff")
            for i in 1...2 where ![.date, .month, .null].contains(args[i].type) {
                throw FunctionTypeError("date_diff needs dates or months, not \(args[i].type.displayName)", argument: i)
            }
            return (.int, .plain)
        },
        row: { vals in
            guard let unit = DateKit.unit(vals[0].description), let a = DateKit.date(vals[1]), let b = DateKit.date(vals[2]) else { return .null }
            return .int(DateKit.diff(unit, a, b))
        }), aliases: ["datediff"])

    r.add(ScalarFunction("date_add", params: [.required("date"), .required("n"), .optional("unit", .text("day"), constant: true)],
        help: FunctionHelp("date", "The date n units later (earlier when n is negative); adding months keeps the day, or the month's last day if shorter (31 Jan + 1 month = 28/29 Feb).",
                           example: "date_add(@2009-01-31, 1, \"month\")", result: "2009-02-28"),
        type: { args throws(FunctionTypeError) in
            try TextKit.int(args[1], "date_add", "n", argument: 1)
            if args.count > 2 { try DateKit.unitArg(args[2], "date_add", argument: 2) }
            switch args[0].type {
            case .date, .null: return (.date, .plain)
            case .month:
                if args.count > 2, case .text(let u) = args[2].constant, let unit = DateKit.unit(u), unit == .day || unit == .week {
                    throw FunctionTypeError("a month can only move by months, quarters or years", argument: 2)
                }
                return (.month, .plain)
            default: throw FunctionTypeError("date_add needs a date or a month, not \(args[0].type.displayName)")
            }
        },
        row: { vals in
            guard case .int(let n) = vals[1], let unit = DateKit.unit(vals.count > 2 ? vals[2].description : "day") else { return .null }
            switch vals[0] {
            case .date(let d):
                switch unit {
                case .day: return .date(try ValueOps.inCalendar(d.adding(days: n)))
                case .week: return .date(try ValueOps.inCalendar(DateKit.times(n, 7).flatMap { d.adding(days: $0) }))
                case .month: return .date(try ValueOps.inCalendar(d.addingMonths(n)))
                case .quarter: return .date(try ValueOps.inCalendar(DateKit.times(n, 3).flatMap { d.addingMonths($0) }))
                case .year: return .date(try ValueOps.inCalendar(DateKit.times(n, 12).flatMap { d.addingMonths($0) }))
                }
            case .month(let m):
                switch unit {
                case .month: return .month(try ValueOps.inCalendar(m.adding(n)))
                case .quarter: return .month(try ValueOps.inCalendar(DateKit.times(n, 3).flatMap { m.adding($0) }))
                case .year: return .month(try ValueOps.inCalendar(DateKit.times(n, 12).flatMap { m.adding($0) }))
                default: return .null
                }
            default: return .null
            }
        }), aliases: ["dateadd"])

    r.add(ScalarFunction("date_trunc", params: [.required("unit", constant: true), .required("date")],
        help: FunctionHelp("date", "The first day of the week (Monday), month, quarter, year or financial year (\"fy\", 1 April) containing the date.",
                           example: "date_trunc(\"fy\", @2009-03-31)", result: "2008-04-01"),
        type: { args throws(FunctionTypeError) in
            if case .text(let u) = args[0].constant, DateKit.truncUnit(u) == nil {
                throw FunctionTypeError("date_trunc's unit must be \"week\", \"month\", \"quarter\", \"year\" or \"fy\"", argument: 0)
            }
            try Types.text(args[0], "date_trunc")
            if ![.date, .month, .null].contains(args[1].type) { throw FunctionTypeError("date_trunc needs a date, not \(args[1].type.displayName)", argument: 1) }
            return (.date, .plain)
        },
        row: { vals in
            guard let u = DateKit.truncUnit(vals[0].description), let d = DateKit.date(vals[1]) else { return .null }
            let (y, m, _) = d.components
            switch u {
            case "week":
                let wd = ((Int(d.days) % 7) + 7 + 3) % 7  // Monday = 0
                return .date(try ValueOps.inCalendar(d.adding(days: -wd)))
            case "month": return CalendarDate(year: y, month: m, day: 1).map(Value.date) ?? .null
            case "quarter": return CalendarDate(year: y, month: (m - 1) / 3 * 3 + 1, day: 1).map(Value.date) ?? .null
            case "year": return CalendarDate(year: y, month: 1, day: 1).map(Value.date) ?? .null
            default: return .date(d.fiscalYear.firstDay)
            }
        }))

    r.add(ScalarFunction("parse_date", params: [.required("text"), .optional("at_end", .bool(false))],
        help: FunctionHelp("date", "A date from plan-document text: `31.03.09`, `31/03/2009`, `1/4/08`, `2009-03-31`, `17 March 2008`, `Friday, 4th April, 2008`, and month-only `Mar 09`, `March 2009`, `Sept 08` (the 1st, or the last day with at_end = true; `By end Mar 09` and `End March 2009` mean the last day). Null for anything else.",
                           example: "parse_date(\"31.03.09\")", result: "2009-03-31"),
        type: { args throws(FunctionTypeError) in
            switch args[0].type {
            case .text, .date, .month, .null: break
            default: throw FunctionTypeError("parse_date needs text, not \(args[0].type.displayName)")
            }
            if args.count > 1, args[1].type != .bool, args[1].type != .null { throw FunctionTypeError("parse_date's at_end must be true or false", argument: 1) }
            return (.date, .plain)
        },
        row: { vals in
            let atEnd: Bool
            if vals.count > 1, case .bool(true) = vals[1] { atEnd = true } else { atEnd = false }
            switch vals[0] {
            case .date: return vals[0]
            case .month(let m): return .date(atEnd ? m.lastDay : m.firstDay)
            case .text(let s): return DateKit.parse(s, atEnd: atEnd).map(Value.date) ?? .null
            default: return .null
            }
        }), aliases: ["to_date"])
}

enum DateUnit: Sendable { case day, week, month, quarter, year }

enum DateKit {
    static func unit(_ s: String) -> DateUnit? {
        switch s.lowercased() {
        case "day", "days", "d": return .day
        case "week", "weeks", "w": return .week
        case "month", "months", "m": return .month
        case "quarter", "quarters", "q": return .quarter
        case "year", "years", "y": return .year
        default: return nil
        }
    }

    static func truncUnit(_ s: String) -> String? {
        let l = s.lowercased()
        return ["week", "month", "quarter", "year", "fy"].contains(l) ? l : nil
    }

    /// n × k, or nil when it overflows (then it is past the calendar anyway).
    static func times(_ n: Int, _ k: Int) -> Int? {
        let (p, overflow) = n.multipliedReportingOverflow(by: k)
        return overflow ? nil : p
    }

    static func unitArg(_ a: ArgInfo, _ fn: String, argument: Int = 0) throws(FunctionTypeError) {
        try Types.text(a, fn, argument: argument)
        if case .text(let u) = a.constant, unit(u) == nil {
            throw FunctionTypeError("\(fn)'s unit must be \"day\", \"week\", \"month\", \"quarter\" or \"year\", not \(Value.text(u).literalText)", argument: argument)
        }
    }

    static func date(_ v: Value) -> CalendarDate? {
        switch v {
        case .date(let d): return d
        case .month(let m): return m.firstDay
        default: return nil
        }
    }

    /// Whole units from a to b (DATEDIF-style), negative when b < a.
    static func diff(_ unit: DateUnit, _ a: CalendarDate, _ b: CalendarDate) -> Int {
        switch unit {
        case .day: return b.days(since: a)
        case .week: return b.days(since: a) / 7
        case .month, .quarter, .year:
            // The largest n (towards zero) with from + n months not passing `to`, where adding
            // months clamps to the month's end: the inverse of date_add.
            let (ay, am, _) = a.components, (by, bm, _) = b.components
            var months = (by * 12 + bm) - (ay * 12 + am)
            // Both dates are in the calendar, so a + months is too.
            if b >= a, let moved = a.addingMonths(months), moved > b { months -= 1 }
            if b < a, let moved = a.addingMonths(months), moved < b { months += 1 }
            switch unit {
            case .quarter: return months / 3
            case .year: return months / 12
            default: return months
            }
        }
    }

    static func today() -> CalendarDate {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CalendarDate(days: Int32(t / 86400))
    }

    /// docs/plan-data-formats.md spellings; nil when the text is not a single recognisable date.
    static func parse(_ text: String, atEnd: Bool) -> CalendarDate? {
        var s = trimPlanSpace(Substring(text))
        var end = atEnd
        // "By end Mar 09", "End March 2009", "by 31.03.09", "End of March 2009"
        for prefix in ["by end of ", "by the end of ", "by end ", "end of ", "end ", "by "] {
            if s.lowercased().hasPrefix(prefix) {
                if prefix.contains("end") { end = true }
                s = trimPlanSpace(s.dropFirst(prefix.count))
                break
            }
        }
        switch parsePlanCell(s) {
        case .date(let d): return d
        case .month(let m): return end ? m.lastDay : m.firstDay
        case .text, .status: break
        default: return nil
        }
        return longForm(s)
    }

    /// `17 March 2008`, `4th April 2008`, `Friday, 4 April 2008`, `Monday, 14th April, 2008`,
    /// `March 17, 2008`.
    static func longForm(_ s: Substring) -> CalendarDate? {
        var words = s.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
        if let f = words.first, weekdays.contains(f.hasSuffix(".") ? String(f.dropLast()) : f) { words.removeFirst() }
        guard words.count == 3 else { return nil }
        func dayNumber(_ w: String) -> Int? {
            var t = Substring(w)
            for suffix in ["st", "nd", "rd", "th"] where t.hasSuffix(suffix) { t = t.dropLast(2); break }
            guard let d = Int(t), (1...31).contains(d) else { return nil }
            return d
        }
        func year(_ w: String) -> Int? {
            guard let y = Int(w), w.count == 4 || w.count == 2 else { return nil }
            return w.count == 2 ? twoDigitYear(y) : y
        }
        if let d = dayNumber(words[0]), let m = monthNumber(Substring(words[1])), let y = year(words[2]) {
            return CalendarDate(year: y, month: m, day: d)
        }
        if let m = monthNumber(Substring(words[0])), let d = dayNumber(words[1]), let y = year(words[2]) {
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }
}
