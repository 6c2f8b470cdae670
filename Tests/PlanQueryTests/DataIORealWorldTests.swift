import Testing
@testable import PlanQuery

/// Files in the shapes analysts receive (written by Python, R, Excel, US systems…), each with
/// what a careful person expects: rows, columns, types, column sums, and what the load says.
/// The files are in `Fixtures/realworld/`.
struct RealWorldCase: CustomTestStringConvertible, Sendable {
    var file: String
    var rows: Int
    var columns: [String]
    var types: [DataType]
    /// Column → its sum (through the engine, so that aggregation works) or, for dates, min…max.
    var sums: [(String, String)] = []
    /// Text every warning must include at least one of (nil: the load is clean).
    var warning: String? = nil
    var testDescription: String { file }
}

private let cases: [RealWorldCase] = [
    RealWorldCase(file: "python_float_noise.csv", rows: 10, columns: ["country", "year", "lifeExp", "pop"],
                  types: [.text, .int, .float, .int], sums: [("lifeExp", "437.540000"), ("pop", "67204113")],
                  warning: "stored as floats so that sums work"),
    RealWorldCase(file: "us_dates_proved.csv", rows: 4, columns: ["date", "amount"], types: [.date, .int],
                  sums: [("date", "2015-01-05…2016-03-04")], warning: "dates read month first (MM/DD/YYYY): 12/25/2015"),
    RealWorldCase(file: "us_dates_ambiguous.csv", rows: 3, columns: ["date", "amount"], types: [.date, .int],
                  sums: [("date", "2015-05-01…2016-04-03")], warning: "could be day first or month first"),
    RealWorldCase(file: "uk_dates_proved.csv", rows: 2, columns: ["date", "amount"], types: [.date, .int],
                  sums: [("date", "2015-12-25…2016-05-01")]),
    RealWorldCase(file: "ymd_slash.csv", rows: 2, columns: ["date", "amount"], types: [.date, .int],
                  sums: [("date", "2015-01-31…2015-12-01")]),
    RealWorldCase(file: "datetimes_midnight.csv", rows: 3, columns: ["when", "amount"], types: [.date, .int],
                  sums: [("when", "2015-01-01…2015-01-03")], warning: "date-times at midnight"),
    RealWorldCase(file: "datetimes.csv", rows: 2, columns: ["when", "amount"], types: [.text, .int],
                  sums: [("amount", "3")], warning: "were kept as text; planq has no time type"),
    RealWorldCase(file: "headerless_numeric.csv", rows: 3, columns: ["column1", "column2", "column3"],
                  types: [.int, .decimal, .int], sums: [("column1", "12"), ("column2", "16.5")],
                  warning: "the first row is data, not names"),
    RealWorldCase(file: "tab_in_csv.csv", rows: 3, columns: ["unit", "budget", "actual"], types: [.text, .int, .int],
                  sums: [("budget", "5400")], warning: "the delimiter is TAB (detected)"),
    RealWorldCase(file: "pipe_in_csv.csv", rows: 3, columns: ["unit", "budget", "actual"], types: [.text, .int, .int],
                  sums: [("actual", "5440")], warning: "the delimiter is `|` (detected)"),
    RealWorldCase(file: "space_aligned.csv", rows: 3, columns: ["unit", "budget", "actual"], types: [.text, .int, .int],
                  sums: [("budget", "5400")], warning: "separated by runs of spaces"),
    RealWorldCase(file: "r_write_table.csv", rows: 3, columns: ["row_names", "unit", "budget", "rate"],
                  types: [.int, .text, .int, .decimal], sums: [("budget", "5400"), ("rate", "1.75")],
                  warning: "R's write.table layout"),
    RealWorldCase(file: "r_write_table_comma.csv", rows: 2, columns: ["row_names", "unit", "budget"],
                  types: [.int, .text, .int], sums: [("budget", "4600")], warning: "R's write.table layout"),
    RealWorldCase(file: "semicolon_decimal_comma.csv", rows: 3, columns: ["unit", "budget", "rate"],
                  types: [.text, .decimal, .decimal], sums: [("budget", "5400.75"), ("rate", "3.75")],
                  warning: "`;`"),
    RealWorldCase(file: "big_integers.csv", rows: 3, columns: ["id", "count"], types: [.float, .int],
                  sums: [("count", "6")], warning: "more digits than exact numbers hold"),
    RealWorldCase(file: "comments.csv", rows: 2, columns: ["unit", "net"], types: [.text, .int], sums: [("net", "150")]),
    RealWorldCase(file: "hash_header.csv", rows: 2, columns: ["#", "unit", "net"], types: [.int, .text, .int],
                  sums: [("net", "150")]),
    RealWorldCase(file: "infinities.csv", rows: 4, columns: ["x"], types: [.float], sums: [("x", "-inf…inf")]),
    RealWorldCase(file: "stray_quote.csv", rows: 5, columns: ["id", "name", "amount"], types: [.int, .text, .int],
                  sums: [("amount", "150")], warning: "not closed properly"),
    RealWorldCase(file: "blank_lines.csv", rows: 3, columns: ["id", "amount"], types: [.int, .int], sums: [("amount", "60")]),
    RealWorldCase(file: "duplicate_headers.csv", rows: 1, columns: ["name", "value", "name_2", "value_2", "column5"],
                  types: [.text, .int, .text, .int, .text], sums: [("value_2", "2")],
                  warning: "column names were changed: column 3 repeats the name `name`; it is called `name_2`; column 4"),
    RealWorldCase(file: "one_column_semicolons_in_name.csv", rows: 2, columns: ["a;b;c"], types: [.text],
                  warning: "read as one column, but its first line contains `;`"),
    RealWorldCase(file: "header_like_data.csv", rows: 2, columns: ["unit", "5"], types: [.text, .int],
                  sums: [("5", "16")], warning: "the header looks like data: `5`"),
]

@Suite("Real-world files")
struct RealWorldFileTests {
    static func path(_ file: String) -> String {
        let here = "\(#filePath)"
        return String(here[..<here.lastIndex(of: "/")!]) + "/Fixtures/realworld/" + file
    }

    @Test(arguments: cases)
    func loadsAsExpected(_ c: RealWorldCase) throws {
        let (t, report) = try TabularLoader.load(path: Self.path(c.file), files: LocalFileSystem())
        #expect(t.rowCount == c.rows)
        #expect(t.columnNames == c.columns)
        #expect(t.schema.map(\.type) == c.types)
        let warnings = report.warnings.map(\.message)
        if let w = c.warning {
            #expect(warnings.contains { $0.contains(w) }, "warnings: \(warnings)")
        } else {
            #expect(warnings.isEmpty, "warnings: \(warnings)")
        }
        let engine = makeEngine()
        for (column, expected) in c.sums {
            let name = "`\(column)`"
            let type = t.column(named: column)?.type
            let q = type == .date || type == .float && expected.contains("…")
                ? "from \"\(Self.path(c.file))\" | summarize v = concat(to_text(min(\(name))), \"…\", to_text(max(\(name))))"
                : type == .float ? "from \"\(Self.path(c.file))\" | summarize v = round(sum(\(name)), 6)"
                : "from \"\(Self.path(c.file))\" | summarize v = sum(\(name))"
            let result = try engine.query(q)
            #expect(result.columns[0][0].description == expected, "\(c.file) \(column)")
        }
    }

    /// Rows in = rows loaded + rows reported: nothing vanishes without a word.
    @Test func everyLineIsARowOrReported() throws {
        let (t, r) = try TabularLoader.load(path: Self.path("blank_lines.csv"), files: LocalFileSystem())
        // 7 lines: a header, 3 rows, 2 blank lines and 1 row of empty cells.
        #expect(t.rowCount == 3)
        #expect(r.issues.filter { $0.kind == .blankLines }.map(\.line) == [3, 7])
        #expect(r.issues.filter { $0.kind == .emptyRows }.map(\.line) == [5])
        let (c, cr) = try TabularLoader.load(path: Self.path("comments.csv"), files: LocalFileSystem())
        #expect(c.rowCount == 2)
        #expect(cr.issues.filter { $0.kind == .commentLines }.map(\.line) == [1, 2, 5])
        #expect(cr.summary().contains("line 5: comment line skipped"))
    }

    @Test func strayQuoteReportsTheLinesItWouldHaveJoined() throws {
        let (t, r) = try TabularLoader.load(path: Self.path("stray_quote.csv"), files: LocalFileSystem())
        #expect(cells(t, "id") == ["1", "2", "3", "4", "5"])
        #expect(cells(t, "name").first == "\"Smith")
        let issue = try #require(r.issues.first { $0.kind == .unclosedQuote })
        #expect(issue.line == 2)
        #expect(issue.message.contains("lines 2–4 into one cell"))
    }

    @Test func dateOrderCanBeForced() throws {
        var o = LoadOptions()
        o.dateOrder = .mdy
        let (t, r) = try TabularLoader.load(path: Self.path("us_dates_ambiguous.csv"), options: o, files: LocalFileSystem())
        #expect(cells(t, "date") == ["2015-01-05", "2015-02-07", "2016-03-04"])
        #expect(r.warnings.isEmpty)
        // And from a query.
        let q = try makeEngine().query("from read(\"\(Self.path("us_dates_ambiguous.csv"))\", date_order = \"mdy\") | take 1")
        #expect(q.columns[0][0].description == "2015-01-05")
        // A day-first proof in a column forced month first: that value is reported, not guessed.
        let (u, ur) = try TabularLoader.load(path: Self.path("uk_dates_proved.csv"), options: o, files: LocalFileSystem())
        #expect(cells(u, "date") == ["∅", "2016-01-05"])
        #expect(ur.columns[0].unparsedCount == 1)
    }

    @Test func headerCanBeForced() throws {
        var o = LoadOptions()
        o.hasHeader = true
        let (t, _) = try TabularLoader.load(path: Self.path("headerless_numeric.csv"), options: o, files: LocalFileSystem())
        #expect(t.columnNames == ["1", "2.5", "3"])
        #expect(t.rowCount == 2)
    }

    @Test func yearsAsColumnNamesStayAHeader() throws {
        let (t, r) = try loadText("2008,2009,2010\n1.5,2,3\n4,5,6\n")
        #expect(t.columnNames == ["2008", "2009", "2010"])
        #expect(r.warnings.isEmpty)
    }

    @Test func surplusColumnsAreNumberedWithoutGaps() throws {
        let (t, _) = try loadText("a,b\n1,2,,x\n3,4,,y\n")
        #expect(t.columnNames == ["a", "b", "extra1"])
        #expect(cells(t, "extra1") == ["x", "y"])
    }

    @Test func commaFileWithDecimalCommasInQuotesStaysComma() throws {
        let (t, r) = try loadText("unit,amount\n\"A\",\"1,5\"\n\"B\",\"2,5\"\n")
        #expect(r.delimiter == asciiComma)
        // Outside `;` files a comma is never a decimal mark (`1,5` is not a number here).
        #expect(t.column(named: "amount")?.type == .text)
    }
}
