import Testing
@testable import PlanQuery

/// Arithmetic on values from the user or the data never traps: an overflow is an error with
/// the call's position, a size past a limit is refused before anything is built, a date past
/// the calendar is an error, and results that do exist are exact. One case per crash found
/// by generated queries (issue 18), plus the neighbours of each.
struct OverflowCase: Sendable, CustomTestStringConvertible {
    var query: String
    /// The result text, or for an error `error: ` and the start of the message.
    var expected: String
    init(_ query: String, _ expected: String) { self.query = query; self.expected = expected }
    var testDescription: String { query }
}

let intMin = "(-9223372036854775807 - 1)"
let calendarError = "error: date out of range: planq's calendar runs from year 1 to 9999"

enum OverflowCases {
    static let all: [OverflowCase] = [
        // abs, negation and the stdlib functions built on them
        OverflowCase("abs(\(intMin))", "error: abs: integer overflow"),
        OverflowCase("abs(-9223372036854775807)", "9223372036854775807"),
        OverflowCase("-\(intMin)", "error: integer overflow"),
        OverflowCase("from [[1, 2]] | derive m = value1 * 0 - 9223372036854775807 - 1 | select a = abs(m)", "error: abs: integer overflow"),
        OverflowCase("variance_pct(\(intMin), 1)", "error: integer overflow"),
        OverflowCase("direction_of_travel(\(intMin), 5)", "error:"),
        OverflowCase("rag(5, \(intMin))", "error: abs: integer overflow"),
        OverflowCase("rag(\(intMin), 5)", "red"),
        // % and mod of the minimum by -1 (the machine's remainder traps; the answer is 0)
        OverflowCase("\(intMin) % -1", "0"),
        OverflowCase("mod(\(intMin), -1)", "0"),
        OverflowCase("from [-1] | select r = \(intMin) % value", "0"),
        OverflowCase("-7 % 3", "-1"),
        OverflowCase("div(\(intMin), -1)", "error: div: integer overflow"),
        // round near the ends, and with places far out of range
        OverflowCase("round(9223372036854775807, -1)", "error: round: integer overflow"),
        OverflowCase("round(9223372036854775807, \(intMin))", "error: round: integer overflow"),
        OverflowCase("round(9223372036854775807, 9223372036854775807)", "9223372036854775807"),
        OverflowCase("round(4, -9223372036854775807)", "0"),
        OverflowCase("round(9007199254740993, -1)", "9007199254740990"),  // exact, not through a float
        OverflowCase("round(1250, -2)", "1300"),
        OverflowCase("round(-25.5, -1)", "-30"),
        OverflowCase("round(1249.5, -2)", "1200"),
        OverflowCase("round(2.345, 2)", "2.35"),
        // substring with huge positions and lengths
        OverflowCase("substring(\"abc\", 2, 9223372036854775807)", "bc"),
        OverflowCase("substring(\"abc\", 9223372036854775807, 9223372036854775807)", ""),
        OverflowCase("substring(\"abc\", \(intMin), 9223372036854775807)", ""),  // ends at position -1, as in SQL
        // dates, months and financial years past the calendar
        OverflowCase("date_add(@2020-01-01, 9223372036854775807)", "error: date_add: date out of range"),
        OverflowCase("date_add(@2020-01-01, 3000000)", "error: date_add: date out of range"),
        OverflowCase("date_add(@2020-01-01, 9223372036854775807, \"week\")", "error: date_add: date out of range"),
        OverflowCase("date_add(@2020-01-31, \(intMin), \"year\")", "error: date_add: date out of range"),
        OverflowCase("date_add(@2009-03, 9223372036854775807, \"quarter\")", "error: date_add: date out of range"),
        OverflowCase("date_add(@9999-12-01, 1, \"month\")", "error: date_add: date out of range"),
        OverflowCase("date_add(@2009-01-31, 1, \"month\")", "2009-02-28"),
        OverflowCase("@9999-12-31 + 1", calendarError),
        OverflowCase("@0001-01-01 - 1", calendarError),
        OverflowCase("@2020-01-01 - \(intMin)", calendarError),
        OverflowCase("@2009-03 + 9223372036854775807", calendarError),
        OverflowCase("FY2008/09 + 9223372036854775807", calendarError),
        OverflowCase("FY9998/99 + 1", calendarError),
        OverflowCase("FY2008/09 - FY2001/02", "7"),
        OverflowCase("@9999-12-31 - @0001-01-01", "3652058"),
        OverflowCase("fy_start(FY9999/00)", "error: bad financial year `FY9999/00`"),
        OverflowCase("fy_end(FY0000/01)", "error: bad financial year `FY0000/01`"),
        OverflowCase("fy_end(FY9998/99)", "9999-03-31"),
        OverflowCase("fy_start(FY0001/02)", "0001-04-01"),
        OverflowCase("fy(\"9999/00\")", ""),
        OverflowCase("date_trunc(\"week\", @0001-01-07)", "0001-01-01"),  // the calendar starts on a Monday
        OverflowCase("date_diff(\"month\", @0001-01-01, @9999-12-31)", "119987"),
        // lag and lead with offsets past the rows
        OverflowCase("from [1, 2] | derive x = lag(value, 9223372036854775807) | select x", "\n"),
        OverflowCase("from [1, 2] | derive x = lead(value, 9223372036854775807) | select x", "\n"),
        OverflowCase("from [1, 2] | derive x = lag(value, \(intMin)) | select x", "\n"),
        OverflowCase("from [1, 2] | derive x = lead(value, \(intMin), 0) | select x", "0\n0"),
        OverflowCase("from [1, 2, 3] | derive x = lag(value, -1) | select x", "2\n3\n"),
        OverflowCase("from [1, 2] | derive x = lag(value, 1.5)", "error: lag's offset must be a whole number of rows, not decimal"),
        // histogram bucket counts, and values that are not finite
        OverflowCase("from [1, 2] | summarize h = histogram(value, 9223372036854775807)", "error: histogram makes at most 10000 bins"),
        OverflowCase("from [1, 2] | summarize h = histogram(value, 1000000000)", "error: histogram makes at most 10000 bins"),
        OverflowCase("from [1.0, 2.0, 1e308 * 10] | summarize h = histogram(value, 2)", "[2, 1]"),
        OverflowCase("from [1.0, 2.0, 1e308 * 10] | summarize h = sparkline(value)", "▁▁█"),
        OverflowCase("from [1, 2, 2, 3, 3, 3, 10] | summarize h = histogram(value, 3)", "[6, 0, 1]"),
        // lpad, rpad and repeat with huge widths: refused before any text is made (the text
        // limit is the host's memory limit, 1 GiB unless set; HostLimitsTests)
        OverflowCase("lpad(\"a\", 9223372036854775807)", "error: lpad would make a text of about"),
        OverflowCase("rpad(\"a\", 9223372036854775807, \"xyz\")", "error: rpad would make a text of about"),
        OverflowCase("repeat(\"ab\", 9223372036854775807)", "error: repeat: repeat count 9223372036854775807 is too large"),
        OverflowCase("lpad(\"a\", 6, \"xy\")", "xyxyxa"),
        OverflowCase("length(rpad(\"\", 1000000, \"é\"))", "1000000"),
        OverflowCase("lpad(\"abc\", \(intMin))", ""),
        // exact decimals at their ends
        OverflowCase("-(-9223372036854775807.0 - 1.0)", "error: "),
        OverflowCase("abs(-922337203685477580.7 - 0.1)", "error: abs: decimal overflow"),
        OverflowCase("(-922337203685477580.7 - 0.1) % -1", "-0.8"),
        OverflowCase("5.377639679 * 296.22998931", "1593.018144623201831"),
    ]
}

@Suite("Overflow and size limits in built-ins")
struct OverflowTests {
    @Test("no trap", arguments: OverflowCases.all)
    func noTrap(_ c: OverflowCase) throws {
        let engine = makeEngine()
        do {
            let text = try FunctionDocs.run(example: c.query, in: engine)
            #expect(text == c.expected, "\(c.query)")
        } catch let e as PlanQueryError {
            let d = e.diagnostics[0]
            let text = "error: " + d.message
            #expect(c.expected.hasPrefix("error:") && text.hasPrefix(c.expected), "\(c.query): \(text)")
            #expect(d.span != nil, "\(c.query): the error has no position")
        }
    }
}

/// Moving windows wider than 32 rows slide in one pass (a huge n is not quadratic work); they
/// must give what combining each window afresh gives.
@Suite("Wide moving windows")
struct WideMovingWindowTests {
    @Test(arguments: [33, 100, 2_500, 9_223_372_036_854_775_807])
    func slidingEqualsRecomputing(_ width: Int) throws {
        var generator = SystemRandomNumberGenerator()
        let values: [Value] = (0..<2_000).map { _ in
            Int.random(in: 0..<10, using: &generator) == 0 ? .null : .int(Int.random(in: -1_000...1_000, using: &generator))
        }
        let engine = makeEngine()
        engine.register(Table(names: ["x"], rows: values.map { [$0] }), as: "t")
        let t = try engine.query("from t | derive mn = moving_min(x, \(width)), mx = moving_max(x, \(width)), s = moving_sum(x, \(width)), a = moving_avg(x, \(width))")
        for i in values.indices {
            let window = values[max(0, i - min(width, values.count) + 1)...i].compactMap { v -> Int? in
                if case .int(let n) = v { return n } else { return nil }
            }
            let expected: [Value] = window.isEmpty ? [.null, .null, .null, .null]
                : [.int(window.min()!), .int(window.max()!), .int(window.reduce(0, +)),
                   .float(Double(window.reduce(0, +)) / Double(window.count))]
            for (k, name) in ["mn", "mx", "s", "a"].enumerated() {
                #expect(t[i, name] == expected[k], "row \(i), \(name), width \(width)")
            }
        }
    }
}
