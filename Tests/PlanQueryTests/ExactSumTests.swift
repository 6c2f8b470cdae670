import Testing
@testable import PlanQuery

/// Sums of exact numbers past 64 bits (issue 19: "never fail an aggregate a user expects to
/// work"). 922337203685477580.7 is Int64.max in units at one place, so adding 0.1 overflows a
/// 64-bit sum. The rules (WideSums): exact in 128 bits; shown at the column's places when it
/// fits, else at fewer places (quiet when only zeros go, rounded and warned otherwise), else a
/// float with a warning. Never an error, never silently inexact.
@Suite("Exact sums past 64 bits")
struct ExactSumTests {
    static let rounded0 = "a sum of decimals has more than 18 significant digits and was rounded to 0 places"
    static let rounded1 = "a sum of decimals has more than 18 significant digits and was rounded to 1 places"
    static let asFloat = "a sum needs more than 18 significant digits and is shown as a float"
    static let mixed = "a column's decimals need more than 18 significant digits at one scale and are shown as floats"

    func run(_ query: String, tables: [String: Table] = [:]) throws -> (value: String, warnings: [String]) {
        let engine = makeEngine()
        for (name, t) in tables { engine.register(t, as: name) }
        var warnings: [String] = []
        engine.onWarning = { warnings.append($0.message) }
        let text = try FunctionDocs.run(example: query, in: engine)
        return (text, warnings)
    }

    static func decimal(_ text: String) -> Value { .decimal(ExactDecimal(parsing: text)!) }

    @Test(arguments: [
        // Past Int64 on the way, back in range at the end: exact at the column's places, quiet.
        ("from [922337203685477580.7, 0.1, -0.1] | summarize s = sum(value), t = total(value)",
         "922337203685477580.7,922337203685477580.7", []),
        ("from [-922337203685477580.7, -0.1, 0.1] | summarize s = sum(value)", "-922337203685477580.7", []),
        // Too long at 1 place, but the place is a zero: exact at 0 places, quiet.
        ("from [500000000000000000.5, 500000000000000000.5] | summarize s = sum(value)", "1000000000000000001", []),
        // A non-zero digit must go: rounded once, half away from zero, and said.
        ("from [922337203685477580.7, 0.1] | summarize s = sum(value)", "922337203685477581", [rounded0]),
        ("from [-922337203685477580.7, -0.1] | summarize s = sum(value)", "-922337203685477580.8", []),  // Int64.min fits
        ("from [-922337203685477580.7, -0.2] | summarize s = sum(value)", "-922337203685477581", [rounded0]),
        ("from [922337203685477580.7, 0.1] | summarize s = total(value)", "922337203685477581", [rounded0]),
        // Whole numbers: back in range is exact; past Int64 at the end is a float, said.
        ("from [9223372036854775807, 1, -2] | summarize s = sum(value)", "9223372036854775806", []),
        ("from [9223372036854775807, 1] | summarize s = sum(value)", "9.223372036854776e+18", [asFloat]),
        // A whole part past 18 digits has no exact place to go.
        ("from [900000000000000000.5, 900000000000000000.5, 900000000000000000.5, 900000000000000000.5, 900000000000000000.5, 900000000000000000.5, 900000000000000000.5, 900000000000000000.5, 900000000000000000.5, 900000000000000000.5, 900000000000000000.5] | summarize s = sum(value)",
         "9.9e+18", [asFloat]),
        // Sums that fit are untouched, places and all (the fast path).
        ("from [1.50, 2.50] | summarize s = sum(value)", "4.00", []),
    ])
    func aggregates(_ query: String, _ expected: String, _ warnings: [String]) throws {
        let r = try run(query)
        #expect(r.value == expected, "\(query)")
        #expect(r.warnings == warnings, "\(query)")
    }

    @Test func theWarningShowsTheExactSum() throws {
        let engine = makeEngine()
        var hints: [String] = []
        engine.onWarning = { hints += $0.hints }
        _ = try FunctionDocs.run(example: "from [922337203685477580.7, 0.1] | summarize s = sum(value)", in: engine)
        #expect(hints == ["for example the exact sum 922337203685477580.8 is shown as 922337203685477581"])
    }

    /// Every group shares the column's places; an empty group stays null for `sum` and 0 for
    /// `total` on the 128-bit path too; one warning for the statement, not one per group.
    @Test func groupsNullsAndOneWarning() throws {
        let rows: [[Value]] = [
            [.text("a"), Self.decimal("922337203685477580.7")], [.text("a"), Self.decimal("0.1")],
            [.text("b"), .null], [.text("b"), .null],
            [.text("c"), Self.decimal("1.5")],
            [.text("d"), Self.decimal("922337203685477580.7")], [.text("d"), Self.decimal("0.7")],
        ]
        let t = Table(names: ["k", "v"], rows: rows)
        let r = try run("from t | summarize s = sum(v), t = total(v), n = count(v) by k", tables: ["t": t])
        #expect(r.value == "a,922337203685477581,922337203685477581,2\nb,,0,0\nc,2,2,1\nd,922337203685477581,922337203685477581,2")
        #expect(r.warnings == [Self.rounded0])
    }

    @Test func meansAreExactSumsDividedOnce() throws {
        let r = try run("from [922337203685477580.7, 922337203685477580.7, -922337203685477580.6] | summarize a = avg(value)")
        #expect(r.warnings.isEmpty)
        #expect(Double(r.value).map { abs($0 - 307445734561825860.27) < 100 } == true, "\(r.value)")
        // Whole numbers too: 2^53 + 1 is lost by a float running sum, not by an exact one.
        let ints = try run("from [9007199254740993, 9007199254740993, -9007199254740993, -9007199254740993, 3] | summarize a = avg(value)")
        #expect(ints.value == "0.6")
    }

    @Test func windows() throws {
        let values = "from [922337203685477580.7, 0.1, -0.1, null]"
        let running = try run("\(values) | derive r = running_sum(value) | select r")
        #expect(running.value == "922337203685477581\n922337203685477581\n922337203685477581\n922337203685477581")
        #expect(running.warnings == [Self.rounded0])
        let moving = try run("\(values) | derive m = moving_sum(value, 2) | select m")
        // One column, one scale: the last window's -0.1 is rounded with the rest (and said).
        #expect(moving.value == "922337203685477581\n922337203685477581\n0\n0")
        #expect(moving.warnings == [Self.rounded0])
        // Wide windows take the same path as narrow ones.
        let wide = try run("\(values) | derive m = moving_sum(value, 40) | select m")
        #expect(wide.value == running.value)
        // Means and shares divide exact sums: no error, no warning.
        let quiet = try run("from [922337203685477580.7, 0.1, -0.1] | derive a = running_avg(value), m = moving_avg(value, 2), p = pct_of_total(value) | select a, m, p")
        #expect(quiet.value == "9.223372036854776e+17,9.223372036854776e+17,1\n4.611686018427388e+17,4.611686018427388e+17,1.0842021724855044e-19\n3.0744573456182586e+17,0,-1.0842021724855044e-19")
        #expect(quiet.warnings.isEmpty)
    }

    /// `total` rows share the column with the rows they sum, so they keep its places: exact when
    /// the sum fits, else floats (said).
    @Test func totalRows() throws {
        let rows: [[Value]] = [
            [.text("a"), Self.decimal("922337203685477580.7")], [.text("a"), Self.decimal("0.1")], [.text("a"), Self.decimal("-0.1")],
            [.text("b"), Self.decimal("-0.5")],
        ]
        let t = Table(names: ["k", "v"], rows: rows)
        let r = try run("from t | total by k", tables: ["t": t])
        #expect(r.value == "a,922337203685477580.7\na,0.1\na,-0.1\na subtotal,922337203685477580.7\nb,-0.5\nb subtotal,-0.5\nTotal,922337203685477580.2")
        #expect(r.warnings.isEmpty)
        let past = try run("from [500000000000000000.5, 500000000000000000.5] | total")
        #expect(past.value == "5e+17\n5e+17\n1e+18")
        #expect(past.warnings == [Self.asFloat])
    }

    /// Groups of `group k (...)` summed to different places stack exactly where the digits allow.
    @Test func groupsStackAtTheFewestPlacesTheyNeed() throws {
        let rows: [[Value]] = [
            [.text("a"), Self.decimal("50000000000000000.25")], [.text("a"), Self.decimal("50000000000000000.50")],
            [.text("b"), Self.decimal("1.10")],
        ]
        let t = Table(names: ["k", "v"], rows: rows)
        for order in ["", " | sort -k"] {
            let r = try run("from t\(order) | group k (summarize s = sum(v))", tables: ["t": t])
            #expect(r.value == (order.isEmpty ? "a,100000000000000000.8\nb,1.1" : "b,1.1\na,100000000000000000.8"))
            #expect(r.warnings == [Self.rounded1])
        }
    }

    /// Before: a column builder that met a value with more places rescaled its values in place
    /// and, on overflow part way, left the earlier ones ten times too large as floats.
    @Test func builderKeepsValuesWhenPlacesDoNotFit() {
        var b = ColumnBuilder(type: .decimal)
        b.append(.decimal(ExactDecimal(units: 500_000_000_000_000_003, scale: 1)))
        b.append(.decimal(ExactDecimal(units: 1_000_000_000_000_000_008, scale: 1)))
        b.append(.decimal(ExactDecimal(units: 110, scale: 2)))  // 1.10: exact at one place
        let exact = b.finish()
        #expect(exact.type == .decimal)
        #expect((0..<3).map { exact[$0].description } == ["50000000000000000.3", "100000000000000000.8", "1.1"])
        b.append(.decimal(ExactDecimal(units: 125, scale: 2)))  // 1.25 cannot join them exactly
        let floats = b.finish()
        #expect(floats.type == .float)
        #expect(floats[0].doubleValue == 50000000000000000.3)
        #expect(floats[1].doubleValue == 100000000000000000.8)
        #expect(floats[3].doubleValue == 1.25)
    }

    /// Values that cannot share one scale were read as floats without a word; now it is said.
    @Test func aColumnTurnedToFloatsIsReported() throws {
        let r = try run("from [922337203685477580.7, 1.25] | select value")
        #expect(r.value == "9.223372036854776e+17\n1.25")
        #expect(r.warnings == [Self.mixed])
    }

    @Test func wideSumText() {
        #expect(WideSums.text(Int128(Int64.max) + 1, scale: 1) == "922337203685477580.8")
        #expect(WideSums.text(-5, scale: 3) == "-0.005")
        #expect(WideSums.text(12, scale: 0) == "12")
    }
}
