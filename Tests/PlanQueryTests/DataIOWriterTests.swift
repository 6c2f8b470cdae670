import Testing
@testable import PlanQuery

/// A small table with every column type, nulls, verbatim text and awkward text.
func sampleTable() -> Table {
    let n = 4
    func col(_ s: Column.Storage, nulls: [Bool]? = nil, format: ValueFormat = .plain, verbatim: [Int: String] = [:]) -> Column {
        Column(storage: s, nulls: nulls, count: n, format: format, verbatim: verbatim)
    }
    let columns: [(String, Column)] = [
        ("unit", col(.text(codes: [0, 1, 2, 3], dictionary: ["Adult, Services", "say \"hi\"", "two\nlines", " padded"]))),
        ("count", col(.int([1, -2, 0, 1_000_000]))),
        ("net", col(.decimal([163_980, -49_060, 5, 0], scale: 2), nulls: [false, false, false, true], format: .money,
                    verbatim: [3: "TBC"])),
        ("share", col(.decimal([657, 980, 1000, 50], scale: 3), format: .percent)),
        ("ratio", col(.float([6.02e23, 1.5e-7, 0.1, -2.5e30]))),
        ("due", col(.date([CalendarDate(year: 2009, month: 3, day: 31)!.days, CalendarDate(year: 2008, month: 4, day: 1)!.days, 0, 0]),
                    nulls: [false, false, true, true])),
        ("month", col(.month([YearMonth(year: 2009, month: 3).index, YearMonth(year: 2010, month: 12).index,
                              YearMonth(year: 2008, month: 9).index, 0]), nulls: [false, false, false, true])),
        ("fy", col(.fiscalYear([2007, 2008, 1999, 2009]))),
        ("ok", col(.bool([true, false, true, false]))),
        ("note", col(.text(codes: [0, 0, 1, 0], dictionary: ["", "Zoë – £5"]), nulls: [true, true, false, true])),
    ]
    return Table(schema: columns.map { ColumnInfo(name: $0.0, type: $0.1.type, format: $0.1.format) },
                 columns: columns.map(\.1), rowCount: n)
}

/// Expects two tables to have the same names, types, values, nulls and (optionally) formats and verbatim text.
func expectSameTable(_ a: Table, _ b: Table, formats: Bool = true, verbatim: Bool = true,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.columnNames == b.columnNames, sourceLocation: sourceLocation)
    #expect(a.rowCount == b.rowCount, sourceLocation: sourceLocation)
    guard a.columnNames == b.columnNames, a.rowCount == b.rowCount else { return }
    for j in a.columns.indices {
        let x = a.columns[j], y = b.columns[j]
        let name = a.schema[j].name
        #expect(x.type == y.type, "column \(name)", sourceLocation: sourceLocation)
        #expect(a.schema[j].type == b.schema[j].type, "column \(name)", sourceLocation: sourceLocation)
        if formats { #expect(x.format == y.format, "column \(name)", sourceLocation: sourceLocation) }
        if verbatim { #expect(x.verbatim == y.verbatim, "column \(name)", sourceLocation: sourceLocation) }
        for r in 0..<a.rowCount {
            #expect(x.isNull(r) == y.isNull(r), "column \(name) row \(r)", sourceLocation: sourceLocation)
            #expect(x[r] == y[r], "column \(name) row \(r)", sourceLocation: sourceLocation)
        }
    }
}

@Suite("Writers")
struct WriterTests {
    @Test func csvOutput() {
        let csv = TabularWriter.csv(sampleTable())
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "unit,count,net,share,ratio,due,month,fy,ok,note")
        #expect(lines[1] == "\"Adult, Services\",1,1639.80,0.657,6.02e+23,2009-03-31,2009-03,2007/08,true,")
        #expect(lines[2] == "\"say \"\"hi\"\"\",-2,-490.60,0.98,1.5e-07,2008-04-01,2010-12,2008/09,false,")
        #expect(lines[3] == "\"two")
        #expect(lines[4] == "lines\",0,0.05,1,0.1,,2008-09,1999/00,true,Zoë – £5")
        #expect(lines[5] == "\" padded\",1000000,TBC,0.05,-2.5e+30,,,2009/10,false,")
        #expect(lines[6] == "")
        #expect(lines.count == 7)
    }

    @Test func csvWithFormatsAndWithoutVerbatim() {
        var o = TabularWriter.CSVOptions()
        o.keepFormats = true
        o.keepVerbatim = false
        o.header = false
        let lines = TabularWriter.csv(sampleTable(), options: o).split(separator: "\n")
        #expect(lines[0].hasPrefix("\"Adult, Services\",1,£1639.80,65.7%,"))
        #expect(lines[1].hasPrefix("\"say \"\"hi\"\"\",-2,-£490.60,98%,"))
        #expect(lines[4].hasPrefix("\" padded\",1000000,,5%,"))
    }

    @Test func zeroColumnTables() {
        let t = Table(schema: [], columns: [], rowCount: 3)
        #expect(TabularWriter.csv(t) == "")
        #expect(TabularWriter.json(t) == "[{},\n{},\n{}]\n")
        #expect(TabularWriter.jsonl(Table(schema: [], columns: [], rowCount: 0)) == "")
    }

    @Test func tsvOutputQuotesTabs() {
        let t = Table(names: ["a", "b"], rows: [[.text("x\ty"), .int(1)], [.text("p,q"), .null]])
        #expect(TabularWriter.tsv(t) == "a\tb\n\"x\ty\"\t1\np,q\t\n")
    }

    @Test func jsonOutput() {
        let json = TabularWriter.json(sampleTable())
        let lines = json.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == #"[{"unit":"Adult, Services","count":1,"net":1639.80,"share":0.657,"ratio":6.02e+23,"due":"2009-03-31","month":"2009-03","fy":"2007/08","ok":true,"note":null},"#)
        #expect(lines[2] == #"{"unit":"two\nlines","count":0,"net":0.05,"share":1,"ratio":0.1,"due":null,"month":"2008-09","fy":"1999/00","ok":true,"note":"Zoë – £5"},"#)
        #expect(lines[3] == #"{"unit":" padded","count":1000000,"net":null,"share":0.05,"ratio":-2.5e+30,"due":null,"month":null,"fy":"2009/10","ok":false,"note":null}]"#)
    }

    @Test func jsonLinesOutput() {
        let t = Table(names: ["a", "b", "c"], rows: [[.int(1), .list([.int(1), .text("x"), .null]), .float(.nan)],
                                                     [.null, .list([]), .float(-.infinity)]])
        #expect(TabularWriter.jsonl(t) == "{\"a\":1,\"b\":[1,\"x\",null],\"c\":null}\n{\"a\":null,\"b\":[],\"c\":null}\n")
        #expect(TabularWriter.csv(t) == "a,b,c\n1,\"[1,\"\"x\"\",null]\",NaN\n,[],-inf\n")
        #expect(TabularWriter.json(Table(names: ["a"], rows: [])) == "[]\n")
        #expect(TabularWriter.jsonl(Table(names: ["a"], rows: [])) == "")
    }

    @Test func csvRoundTripOfEveryType() throws {
        var o = TabularWriter.CSVOptions()
        o.keepFormats = true
        let text = TabularWriter.csv(sampleTable(), options: o)
        let (t, _) = try loadText(text)
        expectSameTable(sampleTable(), t)
    }

    @Test func csvRoundTripWithoutFormatsKeepsTypesAndValues() throws {
        let (t, _) = try loadText(TabularWriter.csv(sampleTable()))
        expectSameTable(sampleTable(), t, formats: false)
    }

    @Test(arguments: ["bom_crlf.csv", "quotes.csv", "ragged.csv", "status.csv", "mostly_numbers.csv", "types.csv",
                      "budget.tsv", "headers.csv", "invalid_utf8.csv", "no_header.csv"])
    func loadWriteLoadCSVGivesTheSameTypedTable(_ name: String) throws {
        let (a, _) = try loadFixture(name)
        var o = TabularWriter.CSVOptions()
        o.keepFormats = true
        let (b, _) = try loadText(TabularWriter.csv(a, options: o))
        expectSameTable(a, b)
        // Plain numbers: everything but the money/percent display formats survives.
        let (c, _) = try loadText(TabularWriter.csv(a))
        expectSameTable(a, c, formats: false)
    }

    @Test(arguments: ["rows.json", "json_exact.json", "wrapped.json"])
    func loadWriteLoadJSONGivesTheSameTypedTable(_ name: String) throws {
        let (a, _) = try loadFixture(name)
        let (b, _) = try loadText(TabularWriter.json(a), name: "x.json")
        expectSameTable(a, b, formats: false, verbatim: false)
        let (c, _) = try loadText(TabularWriter.jsonl(a), name: "x.jsonl")
        expectSameTable(a, c, formats: false, verbatim: false)
    }

    @Test func jsonRoundTripOfEveryType() throws {
        let (t, _) = try loadText(TabularWriter.json(sampleTable()), name: "x.json")
        // JSON has no place for verbatim text or display formats; the values and types survive.
        expectSameTable(sampleTable(), t, formats: false, verbatim: false)
    }

    @Test func jsonRoundTripOfListsAndNestedObjects() throws {
        let (a, _) = try loadFixture("rows.jsonl")
        let (b, _) = try loadText(TabularWriter.jsonl(a), name: "x.jsonl")
        #expect(a.columnNames == b.columnNames)
        for name in ["id", "tags", "meta", "when"] { #expect(cells(a, name) == cells(b, name), "\(name)") }
        #expect(b.column(named: "tags")?.type == .list)
        // A float written without an exponent (`1000.0`) reads back as an exact decimal of the same value.
        #expect(b.column(named: "amount")?[2].doubleValue == 1000)
    }

    @Test func writesAndReadsFiles() throws {
        let path = "/tmp/planq-io-test-\(UInt32.random(in: 0...UInt32.max)).csv"
        try TabularWriter.write(sampleTable(), to: path)
        let (t, _) = try TabularLoader.load(path: path, files: LocalFileSystem())
        expectSameTable(sampleTable(), t, formats: false)
        let e = #expect(throws: Diagnostic.self) { try TabularWriter.write(sampleTable(), to: "/nonexistent-dir/x.csv") }
        #expect(e?.kind == .io)
    }

    /// A column that mixes 73, 3.2 and 0.1234 holds them at scale 4; each is written at its
    /// own (`73`, not `73.0000`), and money in pounds keeps its pence (`12.50`, `73.00`).
    static func mixedScales() -> Table {
        let n = 5
        let columns: [(String, Column)] = [
            ("value", Column(storage: .decimal([730_000, 32_000, 1_234, -5_000, 0], scale: 4), nulls: [false, false, false, false, true], count: n)),
            ("pounds", Column(storage: .decimal([1_250, 7_300, 150, -5, 163_980], scale: 3), nulls: nil, count: n, format: .money)),
            ("thousands", Column(storage: .decimal([16_398, 730, 5, -10, 0], scale: 1), nulls: nil, count: n, format: .money(unit: 3))),
            ("share", Column(storage: .decimal([6_570, 9_800, 10_000, 500, 1], scale: 4), nulls: nil, count: n, format: .percent)),
        ]
        return Table(schema: columns.map { ColumnInfo(name: $0.0, type: $0.1.type, format: $0.1.format) },
                     columns: columns.map(\.1), rowCount: n)
    }

    @Test func decimalsAreWrittenAtTheirOwnScale() {
        let t = WriterTests.mixedScales()
        #expect(TabularWriter.csv(t) == """
            value,pounds,thousands,share
            73,1.25,1639.8,0.657
            3.2,7.30,73,0.98
            0.1234,0.15,0.5,1
            -0.5,-0.005,-1,0.05
            ,163.98,0,0.0001

            """)
        #expect(TabularWriter.tsv(t).split(separator: "\n")[1] == "73\t1.25\t1639.8\t0.657")
        #expect(TabularWriter.jsonl(t).split(separator: "\n")[1] == #"{"value":3.2,"pounds":7.30,"thousands":73,"share":0.98}"#)
        #expect(TabularWriter.json(t).split(separator: "\n")[4] == #"{"value":null,"pounds":163.98,"thousands":0,"share":0.0001}]"#)
        // Kept formats: `£` and pence on money, percentages without padding.
        var o = TabularWriter.CSVOptions()
        o.keepFormats = true
        #expect(TabularWriter.csv(t, options: o).split(separator: "\n")[2] == "3.2,£7.30,73,98%")
        #expect(TabularWriter.csv(t, options: o).split(separator: "\n")[5] == ",£163.98,0,0.01%")
    }

    /// Written at their own scales, the values read back equal (as decimals, at the column's scale).
    @Test func decimalsAtTheirOwnScaleRoundTrip() throws {
        let t = WriterTests.mixedScales()
        var o = TabularWriter.CSVOptions()
        o.keepFormats = true
        let (kept, _) = try loadText(TabularWriter.csv(t, options: o))
        expectSameTable(t, kept, formats: false)
        // `£` and `%` bring back money (in pounds) and percent.
        #expect(kept.columns.map(\.format) == [.plain, .money, .plain, .percent])
        let (plain, _) = try loadText(TabularWriter.csv(t))
        expectSameTable(t, plain, formats: false)
        let (tabs, _) = try loadText(TabularWriter.tsv(t), name: "x.tsv")
        expectSameTable(t, tabs, formats: false)
        let (json, _) = try loadText(TabularWriter.json(t), name: "x.json")
        expectSameTable(t, json, formats: false, verbatim: false)
        let (lines, _) = try loadText(TabularWriter.jsonl(t), name: "x.jsonl")
        expectSameTable(t, lines, formats: false, verbatim: false)
        // Written and read again, the text does not change.
        #expect(TabularWriter.csv(kept, options: o) == TabularWriter.csv(t, options: o))
        #expect(TabularWriter.jsonl(lines) == TabularWriter.jsonl(json))
    }

    /// A decimal column whose every value is whole is written as whole numbers, so it reads
    /// back as `int`: the same numbers, as the text says them.
    @Test func wholeDecimalsReadBackAsWholeNumbers() throws {
        let t = Table(names: ["n"], rows: [[.decimal(ExactDecimal(units: 730, scale: 1))], [.decimal(ExactDecimal(units: -20, scale: 1))]])
        #expect(TabularWriter.csv(t) == "n\n73\n-2\n")
        let (b, _) = try loadText(TabularWriter.csv(t))
        #expect(b.columns[0].type == .int)
        #expect((0..<2).map { b.columns[0][$0].doubleValue } == [73, -2])
    }

    @Test func largeTableRoundTrip() throws {
        var rows: [[Value]] = []
        for i in 0..<50_000 {
            rows.append([.int(i), .text("unit \(i % 13)"), .decimal(ExactDecimal(units: Int64(i) * 37 - 500_000, scale: 2)),
                         .fiscalYear(FiscalYear(startYear: 2000 + i % 12)), i % 10 == 0 ? .null : .bool(i % 3 == 0)])
        }
        let t = Table(names: ["id", "unit", "net", "fy", "flag"], rows: rows)
        let (b, _) = try loadText(TabularWriter.csv(t))
        expectSameTable(t, b)
        let (c, _) = try loadText(TabularWriter.jsonl(t), name: "x.jsonl")
        expectSameTable(t, c)
    }
}

@Suite("Describe")
struct DescribeTests {
    @Test func describeSummarisesColumns() throws {
        let (t, _) = try loadFixture("status.csv")
        let d = TabularLoader.describe(t)
        #expect(d.columnNames == ["column", "type", "format", "nulls", "distinct", "unparsed", "min", "max", "example"])
        #expect(d.rowCount == 5)
        #expect(d.row(1) == [.text("target"), .text("decimal"), .text("percent"), .int(5), .int(5), .int(0),
                             .text("0.50"), .text("0.98"), .text("0.98")])
        #expect(d.row(3)[1] == .text("text"))
        #expect(d.row(3)[6] == .text("00001"))
    }

    @Test func describeCountsUnparsedSeparatelyFromStatus() throws {
        let (t, _) = try loadText("v\n1\nN/A\nsee below\n4\n5\n6\n7\n8\n9\n10\n11\n")
        let d = TabularLoader.describe(t)
        #expect(d.row(0)[3] == .int(2))
        #expect(d.row(0)[5] == .int(1))
    }
}
