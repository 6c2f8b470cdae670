import Testing
@testable import PlanQuery

/// The path of a file under `Fixtures/data/`.
func dataFixture(_ name: String) -> String {
    let here = "\(#filePath)"
    return String(here[..<here.lastIndex(of: "/")!]) + "/Fixtures/data/" + name
}

func loadFixture(_ name: String, _ options: LoadOptions = .init()) throws -> (Table, LoadReport) {
    try TabularLoader.load(path: dataFixture(name), options: options, files: LocalFileSystem())
}

func loadText(_ text: String, name: String = "test.csv", _ options: LoadOptions = .init()) throws -> (Table, LoadReport) {
    try TabularLoader.load(bytes: Array(text.utf8), name: name, options: options)
}

/// Every cell of a column as text (null as "∅").
func cells(_ t: Table, _ column: String) -> [String] {
    guard let c = t.column(named: column) else { return ["<no column \(column)>"] }
    return (0..<c.count).map { c.isNull($0) ? "∅" : c[$0].description }
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func byteOrderMarkAndCRLF() throws {
        let (t, r) = try loadFixture("bom_crlf.csv")
        #expect(t.columnNames == ["unit", "year", "net"])
        #expect(t.rowCount == 3)
        #expect(cells(t, "unit") == ["Adult Services", "Libraries", "Highways"])
        #expect(t.column(named: "year")?.type == .fiscalYear)
        #expect(cells(t, "year") == ["2008/09", "2008/09", "2009/10"])
        #expect(t.column(named: "net")?.type == .decimal)
        #expect(cells(t, "net") == ["1639.8", "-490.6", "14830.0"])
        #expect(r.issues.isEmpty)
        #expect(r.delimiter == UInt8(ascii: ","))
    }

    @Test func quotedFieldsWithDelimitersQuotesAndNewlines() throws {
        let (t, r) = try loadFixture("quotes.csv")
        #expect(t.rowCount == 4)
        #expect(cells(t, "name") == ["Smith, John", "Multi\nline", "Plain", "  padded  "])
        #expect(cells(t, "note") == ["said \"hello\"", "a\r\nb", "", "x"])  // `""` is the empty text; an empty cell is null
        #expect(cells(t, "id") == ["1", "2", "3", "4"])
        #expect(r.issues.isEmpty)
    }

    @Test func raggedRowsArePaddedAndExtraCellsKept() throws {
        let (t, r) = try loadFixture("ragged.csv")
        #expect(t.columnNames == ["a", "b", "c", "extra1"])
        #expect(t.rowCount == 6)
        #expect(cells(t, "a") == ["1", "4", "6", "10", "13", "14"])
        #expect(cells(t, "b") == ["2", "5", "7", "11", "∅", "15"])
        #expect(cells(t, "c") == ["3", "∅", "8", "12", "∅", "16"])
        #expect(cells(t, "extra1") == ["∅", "∅", "9", "∅", "∅", "∅"])
        let short = r.issues.filter { $0.kind == .shortRow }
        #expect(short.map(\.line) == [3, 6])
        #expect(short.first?.message == "2 cells, expected 3: padded with nulls")
        let long = r.issues.filter { $0.kind == .longRow && $0.line != nil }
        #expect(long.map(\.line) == [4, 7])
        #expect(r.issues.contains { $0.kind == .longRow && $0.message.contains("extra1") })
    }

    @Test func trailingEmptyCellsAreReportedNotKept() throws {
        let (t, r) = try loadFixture("ragged_empty_extra.csv")
        #expect(t.columnNames == ["a", "b"])
        #expect(r.issues.filter { $0.kind == .longRow }.count == 3)
        #expect(r.issues.contains { $0.message.contains("were all empty and were ignored") })
    }

    @Test func duplicateAndEmptyHeadersAreMadeUniqueAndReported() throws {
        let (t, r) = try loadFixture("headers.csv")
        #expect(t.columnNames == ["name", "column2", "name_2", "value", "value_2"])
        #expect(r.issues.filter { $0.kind == .duplicateHeader }.count == 2)
        #expect(r.issues.filter { $0.kind == .emptyHeader }.count == 1)
        #expect(r.issues.allSatisfy { $0.line == 1 || $0.kind.rawValue.contains("unparsed") })
    }

    @Test func unterminatedQuoteIsReadAsTextAndReportedWithItsLine() throws {
        // A quote never closed would swallow the rest of the file; it is a literal `"` instead.
        let (t, r) = try loadFixture("unterminated.csv")
        #expect(t.rowCount == 3)
        let issue = try #require(r.issues.first { $0.kind == .unclosedQuote })
        #expect(issue.line == 3)
        #expect(issue.message.contains("never closed"))
        #expect(r.warnings.contains { $0.message.contains("unterminated.csv: line 3: a `\"` opens a cell") })
    }

    @Test func unterminatedQuoteIsFoundOnTheParallelPath() throws {
        // Large enough to be split across two threads.
        var text = "a,b\n"
        for i in 0..<600_000 { text += "\(i),x\n" }
        text += "1,\"never closed\n2,y\n"
        var o = LoadOptions()
        o.parallel = true
        let (t, r) = try loadText(text, o)
        #expect(t.rowCount == 600_002)
        #expect(r.issues.first { $0.kind == .unclosedQuote }?.line == 600_002)
        #expect(cells(t, "b").suffix(2) == ["\"never closed", "y"])
    }

    @Test func parallelScanMatchesSerialEvenWhenTheSplitFallsInAQuote() throws {
        var text = "id,note,amount\n"
        for i in 0..<200_000 {
            if i == 100_000 {
                // a quoted field spanning many lines around the middle of the file
                text += "\(i),\"" + String(repeating: "line\n", count: 200_000) + "\",1.5\n"
            } else {
                text += "\(i),\"n, \(i % 7)\",\(i).25\n"
            }
        }
        var serial = LoadOptions()
        serial.parallel = false
        let (a, _) = try loadText(text, serial)
        let (b, _) = try loadText(text)
        #expect(a.rowCount == 200_000)
        #expect(b.rowCount == 200_000)
        #expect(cells(a, "id") == cells(b, "id"))
        #expect(cells(a, "note") == cells(b, "note"))
        #expect(cells(a, "amount") == cells(b, "amount"))
        #expect(b.column(named: "amount")?.type == .decimal)
    }

    @Test func lineNumbersFromTheSecondThreadAreAbsolute() throws {
        var text = "\u{FEFF}id,note,amount\r\n"
        for i in 0..<300_000 {
            if i == 250_000 { text += "\(i),short\r\n"; continue }
            if i == 100 { text += "\(i),\"two\r\nlines\",1\r\n"; continue }
            text += "\(i),n\(i % 3),\(i)\r\n"
        }
        let (t, r) = try loadText(text)
        #expect(t.rowCount == 300_000)
        // header line 1, rows from line 2, one row spans two lines
        #expect(r.issues.first { $0.kind == .shortRow }?.line == 250_000 + 3)
        #expect(cells(t, "note")[100] == "two\r\nlines")
        #expect(t.column(named: "amount")?.type == .int)
        #expect(t.column(named: "amount")?.isNull(250_000) == true)
    }

    @Test func emptyFileIsAZeroColumnTable() throws {
        let (t, r) = try loadFixture("empty.csv")
        #expect(t.schema.isEmpty)
        #expect(t.rowCount == 0)
        #expect(r.issues.first?.kind == .emptyFile)
        #expect(r.issues.first?.message == "the file is empty: the table has no columns")
    }

    @Test func headerOnly() throws {
        let (t, r) = try loadFixture("header_only.csv")
        #expect(t.columnNames == ["a", "b", "c"])
        #expect(t.rowCount == 0)
        #expect(r.issues.isEmpty)
    }

    @Test func noHeaderOption() throws {
        var o = LoadOptions()
        o.hasHeader = false
        let (t, _) = try loadFixture("no_header.csv", o)
        #expect(t.columnNames == ["column1", "column2", "column3"])
        #expect(t.rowCount == 2)
        #expect(t.column(named: "column3")?.type == .date)
    }

    @Test func semicolonIsSniffedWhenClearlyTheDelimiter() throws {
        let (t, r) = try loadFixture("semicolon.csv")
        #expect(t.columnNames == ["unit", "net", "fte"])
        #expect(r.delimiter == UInt8(ascii: ";"))
        #expect(r.issues.contains { $0.kind == .delimiter })
        // In a `;` file `,` is the decimal mark.
        #expect(t.column(named: "net")?.type == .decimal)
        #expect(cells(t, "net") == ["1639.8", "490.6"])
        #expect(t.column(named: "fte")?.type == .int)
    }

    @Test func commaStaysTheDelimiterWhenSemicolonsAreJustText() throws {
        let (t, r) = try loadText("a,b\nx;y,1\nz,2\n")
        #expect(t.columnNames == ["a", "b"])
        #expect(r.delimiter == UInt8(ascii: ","))
    }

    @Test func delimiterOverride() throws {
        var o = LoadOptions()
        o.delimiter = UInt8(ascii: "|")
        let (t, _) = try loadText("a|b\n1|x,y\n", o)
        #expect(cells(t, "b") == ["x,y"])
    }

    @Test func tsvByExtensionWithPlanFormats() throws {
        let (t, r) = try loadFixture("budget.tsv")
        #expect(r.format == .tsv)
        #expect(t.columnNames == ["Unit", "Activity", "FTE", "Net £000"])
        #expect(t.column(named: "FTE")?.type == .decimal)
        #expect(cells(t, "FTE") == ["12.50", "3.00", "7.25"])
        let net = try #require(t.column(named: "Net £000"))
        #expect(net.type == .decimal)
        #expect(net.format == .money)
        #expect(cells(t, "Net £000") == ["1639.8", "3805000.0", "-1234.0"])
    }

    @Test func invalidUTF8IsReplacedAndReported() throws {
        let (t, r) = try loadFixture("invalid_utf8.csv")
        #expect(cells(t, "name") == ["Caf\u{FFFD}", "Zoë", "bad \u{FFFD}\u{FFFD}"])
        let issue = try #require(r.issues.first { $0.kind == .invalidUTF8 })
        #expect(issue.line == 2)
        #expect(issue.message.contains("3 invalid UTF-8 sequences"))
        #expect(issue.message.contains("lines 2, 4"))
        #expect(cells(t, "value") == ["1", "2", "3"])
    }

    @Test func windows1252FilesAreRecognised() throws {
        // Excel's "CSV (Comma delimited)" on Windows: `£` is the single byte A3.
        let (t, r) = try loadFixture("cp1252.csv")
        #expect(t.column(named: "net")?.type == .decimal)
        #expect(t.column(named: "net")?.format == .money)
        #expect(cells(t, "net") == ["1639.80", "-490.60"])
        #expect(cells(t, "note") == ["Café", "“quoted” – dash"])
        let issue = try #require(r.issues.first { $0.kind == .encoding })
        #expect(issue.message == "the file is not UTF-8; it was read as Windows-1252 (non-ASCII bytes on lines 2, 3)")
    }

    @Test func utf16FilesAreRecognised() throws {
        // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-delimited.
        let (t, r) = try loadFixture("utf16.tsv")
        #expect(t.columnNames == ["unit", "net"])
        #expect(cells(t, "unit") == ["Zoë", "Adult"])
        #expect(cells(t, "net") == ["5.00", "1639.80"])
        #expect(r.issues.first?.kind == .encoding)
    }

    @Test func blankLinesAreSkippedAndReported() throws {
        let (t, r) = try loadText("a,b\n1,2\n\n3,4\r\n\r\n5,6\n")
        #expect(cells(t, "a") == ["1", "3", "5"])
        #expect(r.issues.filter { $0.kind == .blankLines }.map(\.line) == [3, 5])
    }

    @Test func textAfterAClosingQuoteIsKeptAndReported() throws {
        let (t, r) = try loadText("a,b\n\"x\"y,1\n")
        #expect(cells(t, "a") == ["xy"])
        #expect(r.issues.first { $0.kind == .strayQuote }?.line == 2)
    }

    @Test func unquotedFieldsAreTrimmedQuotedOnesAreNot() throws {
        let (t, _) = try loadText("a,b\n  x  ,\" y \"\n")
        #expect(cells(t, "a") == ["x"])
        #expect(cells(t, "b") == [" y "])
    }

    @Test func missingFileIsAnIODiagnostic() throws {
        let e = #expect(throws: Diagnostic.self) { try TabularLoader.load(path: dataFixture("no_such_budgets.csv"), files: LocalFileSystem()) }
        #expect(e?.kind == .io)
        #expect(e?.message.hasPrefix("no such file:") == true)
        let d = #expect(throws: Diagnostic.self) { try TabularLoader.load(path: dataFixture(""), files: LocalFileSystem()) }
        #expect(d?.kind == .io)
        #expect(d?.message.contains("is a folder") == true)
    }

    @Test func missingFileSuggestsANearName() throws {
        let e = #expect(throws: Diagnostic.self) { try TabularLoader.load(path: dataFixture("bom_crfl.csv"), files: LocalFileSystem()) }
        #expect(e?.hints.first?.contains("bom_crlf.csv") == true)
    }

    @Test func loneCarriageReturnsEndLines() throws {
        let (t, _) = try loadText("a,b\r1,2\r3,4\r")
        #expect(cells(t, "b") == ["2", "4"])
    }

    @Test func summaryMentionsColumnsAndIssues() throws {
        let (_, r) = try loadFixture("ragged.csv")
        let s = r.summary()
        #expect(s.hasPrefix(dataFixture("ragged.csv") + ": 6 rows, 4 columns (CSV, comma-delimited)"))
        #expect(s.contains("line 3: 2 cells, expected 3: padded with nulls"))
    }
}

@Suite("Loader in the engine")
struct LoaderEngineTests {
    @Test func loadFindingsReachTheEngineAsWarnings() throws {
        let engine = Engine(files: LocalFileSystem())
        var warnings: [String] = []
        engine.onWarning = { warnings.append($0.render()) }
        let path = dataFixture("ragged.csv")
        let t = try engine.query("from \"\(path)\" | select a, extra1")
        #expect(t.rowCount == 6)
        #expect(warnings.contains { $0.contains("rows with too few cells were padded with nulls: lines 3, 6") })
        #expect(warnings.contains { $0.contains("kept in 1 extra column: extra1") })
    }

    @Test func unparsedValuesAreWarnedAboutOnce() throws {
        let (_, r) = try loadFixture("mostly_numbers.csv")
        let w = r.warnings.map(\.message)
        #expect(w.count == 1)
        #expect(w.first?.hasSuffix("column `amount`: 1 value is not an int and was read as null (text kept): \"see below\" (row 7)") == true)
    }

    @Test func queriesSeeTypedColumns() throws {
        let engine = Engine(files: LocalFileSystem())
        let path = dataFixture("status.csv")
        let t = try engine.query("from \"\(path)\" | where target > 0.6 | select indicator")
        #expect(cells(t, "indicator") == ["NI 1", "NI 9", "NI 10"])
    }
}

@Suite("Loader robustness")
struct LoaderFuzzTests {
    /// A small deterministic generator (xorshift), so failures reproduce.
    struct XorShift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
    }

    func randomInput(_ alphabet: [UInt8], _ rng: inout XorShift) -> [UInt8] {
        (0..<Int.random(in: 0..<120, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
    }

    @Test func randomCSVBytesNeverCrash() {
        var rng = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        let alphabet = Array(",;\t\"\r\n 0123456789.-£%eE/abcNA\u{FEFF}".utf8) + [0xFF, 0xC2, 0xE2, 0x80]
        for _ in 0..<2_000 {
            let bytes = randomInput(alphabet, &rng)
            for format in [TabularFormat.csv, .tsv] {
                var o = LoadOptions()
                o.format = format
                o.hasHeader = Bool.random(using: &rng)
                if let (t, r) = try? TabularLoader.load(bytes: bytes, name: "fuzz", options: o) {
                    #expect(t.columns.allSatisfy { $0.count == t.rowCount })
                    #expect(r.columns.count == t.columns.count)
                    _ = TabularWriter.csv(t)
                    _ = TabularWriter.json(t)
                    _ = TabularLoader.describe(t)
                }
            }
        }
    }

    @Test func randomJSONBytesNeverCrash() {
        var rng = XorShift(state: 0x2545_F491_4F6C_DD1D)
        let alphabet = Array("{}[]:,\"\\ \n0123456789.-eE+truefalsnu/abc".utf8) + [0xFF, 0xC3, 0xA9]
        for _ in 0..<2_000 {
            let bytes = randomInput(alphabet, &rng)
            for format in [TabularFormat.json, .jsonl] {
                var o = LoadOptions()
                o.format = format
                if let (t, _) = try? TabularLoader.load(bytes: bytes, name: "fuzz", options: o) {
                    #expect(t.columns.allSatisfy { $0.count == t.rowCount })
                    _ = TabularWriter.jsonl(t)
                }
            }
        }
        // Structured random documents: always valid, so they must load.
        for _ in 0..<300 {
            var text = "["
            for r in 0..<Int.random(in: 0..<5, using: &rng) {
                if r > 0 { text += "," }
                text += "{"
                for k in 0..<Int.random(in: 0..<4, using: &rng) {
                    if k > 0 { text += "," }
                    let value = ["1", "-2.50", "1e3", "\"x\"", "true", "null", "[1,\"a\"]", "{\"n\":{}}", "\"2009-03-31\""]
                        .randomElement(using: &rng)!
                    text += "\"k\(Int.random(in: 0..<3, using: &rng))\": \(value)"
                }
                text += "}"
            }
            text += "]"
            #expect(throws: Never.self) { try loadText(text, name: "x.json") }
        }
    }
}
