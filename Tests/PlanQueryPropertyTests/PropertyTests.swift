import BigInt
import Foundation
import PropertyBased
import QueryPairs
import Testing
@testable import PlanQuery

/// Properties over generated inputs (swift-property-based: a failure prints its input, shrunk,
/// and the seed that replays it). docs/reliability.md lists them.
@Suite("Properties")
struct PropertyTests {
    // MARK: print, then parse

    /// A syntax tree as text without its spans (and the heights derived from the tree), so
    /// two parses of different text compare equal when they mean the same tree.
    static func shape(_ value: Any) -> String {
        if value is Span || value is SourceFile { return "" }
        let mirror = Mirror(reflecting: value)
        if mirror.children.isEmpty { return "\(value)" }
        var parts: [String] = []
        for child in mirror.children {
            if child.label == "height" || child.value is Span || child.value is Span? { continue }
            parts.append((child.label.map { $0 + ":" } ?? "") + shape(child.value))
        }
        let kind = mirror.displayStyle == .enum ? "\(value)".prefix { $0 != "(" } : ""
        return "\(kind)(" + parts.joined(separator: ",") + ")"
    }

    /// Parses, prints, parses again: the same tree, and printing that gives the same text.
    static func roundTrip(_ text: String, name: String) {
        let (first, errors) = Parser.parse(SourceFile(name: name, text: text))
        guard errors.isEmpty else { return }  // only programs that parse
        let printed = SourcePrinter.program(first)
        let (second, again) = Parser.parse(SourceFile(name: name, text: printed))
        #expect(again.isEmpty, "\(name): the printed program does not parse: \(again.map { $0.render() })\n\(printed)")
        #expect(first.statements.map(shape) == second.statements.map(shape), "\(name): printing changed the tree\n\(text)\n---\n\(printed)")
        #expect(SourcePrinter.program(second) == printed, "\(name): printing is not stable")
    }

    @Test("print-then-parse gives the same syntax tree (generated queries)")
    func printParseGenerated() async {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            var random = SeededRandom(seed: seed)
            let world = TableWorld(random: &random)
            var generator = QueryPairGenerator(world: world, random: random)
            for _ in 0..<4 { Self.roundTrip(generator.next().planq, name: "seed \(seed)") }
        }
    }

    /// Every script in the repository: statements, templates, functions, reports.
    @Test("print-then-parse gives the same syntax tree (every script in the repository)")
    func printParseScripts() throws {
        // Tests/PlanQueryPropertyTests/PropertyTests.swift → the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var scripts: [URL] = []
        for folder in ["Tests", "examples", "stdlib", "docs"] {
            let e = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = e?.nextObject() as? URL {
                if url.pathExtension == "planq" { scripts.append(url) }
            }
        }
        #expect(scripts.count > 50)
        for url in scripts { Self.roundTrip(try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent) }
    }

    @Test("literals keep their value and form through printing")
    func literals() {
        for text in ["2.50", "-0.05", "5%", "-65.7%", "£1.2m", "£1,639.8", "-£350k", "1e-5", "1.5e300", "-2.5e0", "99999999999999999999",
                     "@2009-03-31", "@2009-03", "FY2008/09", "\"a\\\"b\\\\c\\nd\\te\"", "'single'", "`select` + `a b`", "left.k == right.k",
                     "- -5", "sum(x) where y > 1", "not not true", "x not between 1 and 2", "x not in [1, null]", "`t.x`.y"] {
            Self.roundTrip(text, name: text)
        }
    }

    // MARK: CSV

    static func value(kind: Int, _ n: Int, _ text: String) -> Value {
        switch kind {
        case 0: return .int(n)
        case 1: return .decimal(ExactDecimal(units: Int64(n), scale: 2))
        case 2: return .float(Double(n) / 7)
        case 3: return .text(text)
        case 4: return .bool(n % 2 == 0)
        case 5: return CalendarDate(checkedDays: abs(n) % 3_000_000).map(Value.date) ?? .null
        case 6: return .month(YearMonth(index: Int32(abs(n) % 100_000)))
        default: return .fiscalYear(FiscalYear(startYear: 1 + abs(n) % 9_000))
        }
    }

    /// Texts with what CSV must quote: delimiters, quotes, line breaks, edge spaces, the
    /// empty text, and words that read as other types.
    static let texts = ["Kent", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", " lead", "trail ", "", "007", "1e5", "true", "N/A",
                        "2008/09", "Ærø 🌍", "e\u{301}", "#hash", "tab\there", "'quoted'"]

    @Test("CSV write-then-read gives back every value of every type")
    func csvRoundTrip() async throws {
        let cell = zip(Gen.int(in: -1_000_000...1_000_000), Gen.int(in: 0...(Self.texts.count - 1)), Gen.bool(0.15))
        let input = zip(Gen.int(in: 0...7).array(of: 1...5), cell.array(of: 1...12))
        await propertyCheck(count: 200, input: input) { kinds, cells in
            var rows: [[Value]] = []
            for (i, (n, t, isNull)) in cells.enumerated() {
                rows.append(kinds.enumerated().map { c, kind in
                    // A text column also holds a plain word, so that it reads as text; the
                    // first column has a value in every row (a row of empty cells reads as a
                    // spreadsheet's empty row, which loading skips and reports).
                    if kind == 3 && i == 0 { return .text("x") }
                    return isNull && i > 0 && c > 0 ? .null : Self.value(kind: kind, n &+ c &* 7919, Self.texts[(t + c) % Self.texts.count])
                })
            }
            let names = kinds.indices.map { "c\($0)" }
            let table = Table(names: names, rows: rows)
            let csv = Rendering.render(table, as: .csv)
            let back: Table
            do { back = try TabularLoader.load(bytes: Array(csv.utf8), name: "round-trip.csv").0 } catch {
                Issue.record("the written CSV does not load: \(error)\n\(csv)")
                return
            }
            #expect(back.columnNames == names)
            #expect(back.rowCount == table.rowCount, "\(csv)")
            guard back.rowCount == table.rowCount, back.columns.count == table.columns.count else { return }
            for c in names.indices {
                for r in 0..<table.rowCount {
                    let a = table.columns[c][r], b = back.columns[c][r]
                    #expect(Self.sameValue(a, b), "column c\(c) row \(r + 1): wrote \(a.literalText), read \(b.literalText)\n\(csv)")
                }
            }
        }
    }

    /// The same value; a float may come back as the exact number its shortest text is.
    static func sameValue(_ a: Value, _ b: Value) -> Bool {
        if case .float(let x) = a {
            switch b {
            case .float(let y): return x == y
            case .int(let i): return Double(i) == x
            case .decimal(let d): return Double(d.description) == x
            default: return false
            }
        }
        // A decimal is written at its own scale (docs/json-output.md), so a column whose
        // decimals are all whole reads back as the same whole numbers, typed int.
        if case .decimal(let d) = a, case .int(let i) = b { return d == ExactDecimal(units: Int64(i), scale: 0) }
        // A column whose every month is also a financial year's spelling (`2008-09`) reads as
        // financial years (docs/data-loading.md); the written text is the same.
        if case .month(let m) = a, case .fiscalYear(let y) = b {
            return m.year == y.startYear && m.month == (m.year + 1) % 100
        }
        return a == b && a.type == b.type
    }

    // MARK: sort, totals, joins

    /// Rows of (id, key, amount): keys repeat and may be null, amounts are exact decimals.
    static let rows = zip(Gen.int(in: 0...4).optional(valueRate: 0.8), Gen.int(in: -100_000...100_000).optional(valueRate: 0.85))
        .array(of: 0...25)

    static func table(_ rows: [(Int?, Int?)], names: [String] = ["id", "k", "x"]) -> Table {
        typed(names: names, types: [.int, .int, .decimal], rows: rows.enumerated().map { i, r in
            [.int(i), r.0.map(Value.int) ?? .null, r.1.map { .decimal(ExactDecimal(units: Int64($0), scale: 2)) } ?? .null]
        })
    }

    /// A table whose columns have these types even when empty or all null (as a typed file's).
    static func typed(names: [String], types: [DataType], rows: [[Value]]) -> Table {
        let columns = types.indices.map { c in
            var builder = ColumnBuilder(type: types[c], capacity: rows.count)
            for row in rows { builder.append(row[c]) }
            return builder.finish()
        }
        return Table(schema: names.indices.map { ColumnInfo(name: names[$0], type: types[$0]) }, columns: columns, rowCount: rows.count)
    }

    @Test("sort is stable: equal keys keep their order, nulls last either way")
    func sortIsStable() async throws {
        await propertyCheck(count: 200, input: zip(Self.rows, Gen.bool)) { rows, descending in
            let engine = Engine()
            engine.register(Self.table(rows), as: "t")
            let sorted = try engine.query("from t | sort \(descending ? "-" : "")k")
            let keys = (0..<sorted.rowCount).map { sorted[$0, "k"] }, ids = (0..<sorted.rowCount).map { sorted[$0, "id"] }
            let expected = rows.enumerated().sorted { a, b in
                switch (a.element.0, b.element.0) {
                case (nil, nil): return a.offset < b.offset
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?): return x == y ? a.offset < b.offset : (descending ? x > y : x < y)
                }
            }
            #expect(ids == expected.map { .int($0.offset) }, "keys \(keys)")
        }
    }

    @Test("totals equal the sum of the group totals")
    func totalsAddUp() async throws {
        await propertyCheck(count: 200, input: Self.rows) { rows in
            let engine = Engine()
            engine.register(Self.table(rows), as: "t")
            let groups = try engine.query("from t | summarize s = sum(x), n = count() by k")
            let whole = try engine.query("from t | summarize s = sum(x), n = count()")
            var sum = ExactDecimal(0), any = false, count = 0
            for r in 0..<groups.rowCount {
                if case .decimal(let d) = groups[r, "s"] { sum = sum.adding(d)!; any = true }
                if case .int(let n) = groups[r, "n"] { count += n }
            }
            #expect(whole[0, "s"] == (any ? .decimal(sum) : .null))
            #expect(whole[0, "n"] == .int(count))
            #expect(count == rows.count)
            // The `total by` transform: its grand total is the sum of the subtotals.
            let totalled = try engine.query("from t | select k, x | total by k")
            if totalled.rowCount > 0 {
                // A column with no values totals to null; a total over no rows is 0.
                let grand = totalled[totalled.rowCount - 1, "x"]
                if any { #expect(grand == .decimal(sum), "grand total \(grand)") }
                else if rows.isEmpty { #expect(grand?.doubleValue == 0, "grand total \(grand)") }
                else { #expect(grand == .null, "grand total \(grand)") }
            }
        }
    }

    /// A join by nested loops over the rows, in planq's order: each left row with its
    /// matches in the right's order (null keys never match), then for a full join the right
    /// rows nothing matched.
    static func nestedLoopJoin(_ left: [(Int?, Int?)], _ right: [(Int?, Int?)], _ kind: JoinKind) -> [[Value]] {
        func v(_ i: Int?) -> Value { i.map(Value.int) ?? .null }
        func d(_ i: Int?) -> Value { i.map { .decimal(ExactDecimal(units: Int64($0), scale: 2)) } ?? .null }
        var out: [[Value]] = []
        var rightMatched = Set<Int>()
        for (i, l) in left.enumerated() {
            let matches = right.enumerated().filter { l.0 != nil && $0.element.0 == l.0 }
            switch kind {
            case .semi: if !matches.isEmpty { out.append([.int(i), v(l.0), d(l.1)]) }
            case .anti: if matches.isEmpty { out.append([.int(i), v(l.0), d(l.1)]) }
            default:
                for m in matches {
                    rightMatched.insert(m.offset)
                    out.append([.int(i), v(l.0), d(l.1), .int(m.offset), d(m.element.1)])
                }
                if matches.isEmpty && kind != .inner { out.append([.int(i), v(l.0), d(l.1), .null, .null]) }
            }
        }
        if kind == .full {
            for (j, r) in right.enumerated() where !rightMatched.contains(j) { out.append([.null, v(r.0), .null, .int(j), d(r.1)]) }
        }
        return out
    }

    @Test("joins equal a nested-loop join", arguments: JoinKind.allCases)
    func joinsMatchNestedLoops(_ kind: JoinKind) async throws {
        await propertyCheck(count: 150, input: zip(Self.rows, Self.rows)) { left, right in
            let engine = Engine()
            engine.register(Self.table(left), as: "l")
            engine.register(Self.table(right, names: ["rid", "k", "y"]), as: "r")
            let joined = try engine.query("from l | join \(kind.rawValue) r on k")
            let expected = Self.nestedLoopJoin(left, right, kind)
            #expect((0..<joined.rowCount).map { joined.row($0) } == expected, "\(kind) join of \(left) and \(right)")
        }
    }

    // MARK: exact decimals against big integers

    /// A decimal as a fraction over a power of ten, for the reference arithmetic.
    static func big(_ d: ExactDecimal) -> (BigInt, Int) { (BigInt(d.units), d.scale) }

    static func compare(_ a: (BigInt, Int), _ b: (BigInt, Int)) -> Int {
        let s = max(a.1, b.1)
        let x = a.0 * BigInt(10).power(s - a.1), y = b.0 * BigInt(10).power(s - b.1)
        return x < y ? -1 : x > y ? 1 : 0
    }

    /// Rounds n / 10^drop half away from zero.
    static func rounded(_ n: BigInt, dropping drop: Int) -> BigInt {
        guard drop > 0 else { return n }
        let step = BigInt(10).power(drop)
        var (q, r) = n.quotientAndRemainder(dividingBy: step)
        if r.magnitude * 2 >= step.magnitude { q += n.signum() < 0 ? -1 : 1 }
        return q
    }

    static let int64 = (min: BigInt(Int64.min), max: BigInt(Int64.max))

    static let decimal = zip(Gen.int64(in: -999_999_999_999_999_999...999_999_999_999_999_999), Gen.int(in: 0...18))
        .map { ExactDecimal(units: $0, scale: $1) }
    /// Small numbers too: most arithmetic is on a few digits.
    static let smallDecimal = zip(Gen.int64(in: -100_000...100_000), Gen.int(in: 0...6)).map { ExactDecimal(units: $0, scale: $1) }

    @Test("exact-decimal arithmetic equals a big-integer reference")
    func decimalsMatchBigIntegers() async {
        let pair = zip(Gen.oneOf(Self.decimal, Self.smallDecimal), Gen.oneOf(Self.decimal, Self.smallDecimal))
        await propertyCheck(count: 2_000, input: pair) { a, b in
            let (x, sx) = Self.big(a), (y, sy) = Self.big(b)
            let s = max(sx, sy)
            let alignedX = x * BigInt(10).power(s - sx), alignedY = y * BigInt(10).power(s - sy)
            for (name, result, exact) in [("+", a.adding(b), alignedX + alignedY), ("-", a.subtracting(b), alignedX - alignedY)] {
                let fits = exact >= Self.int64.min && exact <= Self.int64.max
                if let r = result {
                    #expect(Self.compare(Self.big(r), (exact, s)) == 0, "\(a) \(name) \(b) = \(r)")
                } else {
                    // nil only when the exact result does not fit at the larger scale.
                    #expect(!fits || alignedX < Self.int64.min || alignedX > Self.int64.max || alignedY < Self.int64.min || alignedY > Self.int64.max,
                            "\(a) \(name) \(b) refused although it fits")
                }
            }
            // Products: exact when they fit in 18 places; otherwise rounded once, half away
            // from zero, keeping as many places as fit.
            let product = x * y, ps = sx + sy
            var expected: (BigInt, Int)? = nil
            var drop = max(0, ps - ExactDecimal.maxScale)
            while drop <= ps {
                let q = Self.rounded(product, dropping: drop)
                if q > Self.int64.min && q <= Self.int64.max { expected = (q, ps - drop); break }
                drop += 1
            }
            let got = a.multipliedReportingRounding(by: b)
            switch (got, expected) {
            case (let g?, let e?):
                #expect(Self.compare(Self.big(g.product), e) == 0, "\(a) × \(b) = \(g.product), expected \(e.0)e-\(e.1)")
                #expect(g.rounded == (Self.compare((product, ps), e) != 0), "\(a) × \(b): rounded is \(g.rounded)")
            case (nil, nil): break
            default: Issue.record("\(a) × \(b): \(String(describing: got?.product)), expected \(String(describing: expected))")
            }
            // Order and equality.
            #expect((a < b) == (Self.compare(Self.big(a), Self.big(b)) < 0), "\(a) < \(b)")
            #expect((a == b) == (Self.compare(Self.big(a), Self.big(b)) == 0), "\(a) == \(b)")
            // round(x, places), half away from zero.
            let places = Int(b.units.magnitude % 8)
            if let r = a.rounded(to: places) {
                let e = places >= sx ? x : Self.rounded(x, dropping: sx - places)
                #expect(Self.compare(Self.big(r), (e, min(places, sx))) == 0, "round(\(a), \(places)) = \(r)")
            }
        }
    }

    @Test("sums of exact decimals in a query equal a big-integer sum")
    func querySumsAreExact() async throws {
        await propertyCheck(count: 100, input: Self.smallDecimal.array(of: 0...40)) { values in
            let engine = Engine()
            engine.register(Table(names: ["x"], rows: values.map { [.decimal($0)] }), as: "t")
            let s = try engine.query("from t | summarize s = sum(x)")[0, "s"]
            let scale = values.map(\.scale).max() ?? 0
            let exact = values.reduce(BigInt(0)) { $0 + BigInt($1.units) * BigInt(10).power(scale - $1.scale) }
            guard case .decimal(let d) = s else { #expect(values.isEmpty && s == .null); return }
            #expect(Self.compare(Self.big(d), (exact, scale)) == 0, "sum of \(values) = \(d)")
        }
    }
}
