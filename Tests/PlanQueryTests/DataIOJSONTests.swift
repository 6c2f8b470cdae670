import Testing
@testable import PlanQuery

@Suite("JSON readers")
struct JSONReaderTests {
    @Test func arrayOfObjectsWithKeyUnionInFirstSeenOrder() throws {
        let (t, r) = try loadFixture("rows.json")
        #expect(r.format == .json)
        #expect(t.columnNames == ["unit", "net", "fte", "year", "active", "note"])
        #expect(t.rowCount == 3)
        #expect(cells(t, "net") == ["1639.80", "-490.60", "∅"])
        #expect(t.column(named: "net")?.type == .decimal)
        #expect(cells(t, "fte") == ["12", "3", "∅"])
        #expect(t.column(named: "fte")?.type == .int)
        #expect(t.column(named: "year")?.type == .fiscalYear)
        #expect(cells(t, "active") == ["true", "false", "true"])
        #expect(cells(t, "note") == ["∅", "new key", "∅"])
        #expect(r.issues.isEmpty)
    }

    @Test func jsonLinesWithListsAndNestedObjects() throws {
        let (t, r) = try loadFixture("rows.jsonl")
        #expect(r.format == .jsonl)
        #expect(t.columnNames == ["id", "tags", "meta", "when", "amount"])
        #expect(t.rowCount == 3)
        let tags = try #require(t.column(named: "tags"))
        #expect(tags.type == .list)
        #expect(tags[0] == .list([.text("a"), .text("b")]))
        #expect(tags[1] == .list([]))
        // Nested objects are kept as compact JSON text.
        #expect(t.column(named: "meta")?.type == .text)
        #expect(cells(t, "meta") == ["{\"x\":1,\"y\":[1,2]}", "{\"x\":2}", "∅"])
        #expect(t.column(named: "when")?.type == .date)
        #expect(t.column(named: "amount")?.type == .float)
        #expect(cells(t, "amount") == ["∅", "∅", "1000"])
    }

    @Test func badJSONReportsLineAndColumn() throws {
        let e = #expect(throws: Diagnostic.self) { try loadFixture("bad.json") }
        #expect(e?.kind == .data)
        #expect(e?.message.hasSuffix("bad.json:3:11: invalid JSON: expected a key (a string in double quotes), found `,`") == true)
        let l = #expect(throws: Diagnostic.self) { try loadFixture("bad.jsonl") }
        #expect(l?.message.hasSuffix("bad.jsonl:3:7: invalid JSON: expected a value, found `t`") == true)
    }

    @Test func moreJSONErrors() throws {
        func error(_ text: String) -> String? {
            do {
                _ = try loadText(text, name: "x.json")
                return nil
            } catch {
                return (error as? Diagnostic)?.message
            }
        }
        #expect(error("[{\"a\": 01}]") == "x.json:1:8: invalid JSON: invalid number: leading zeros are not allowed in JSON")
        #expect(error("[{\"a\": \"open}]") == "x.json:1:8: invalid JSON: unterminated string")
        #expect(error("[1, 2]") == "x.json:1:2: invalid JSON: expected an object (one row) in the top-level array, found `1`")
        #expect(error("[{\"a\": 1}] x") == "x.json:1:12: invalid JSON: expected the end of the input after the top-level array, found `x`")
        #expect(error("[{\"a\": 1}") == "x.json:1:10: invalid JSON: expected `,` or `]` after a row, found the end of the input")
        #expect(error("[{\"é\": \"\\q\"}]") == "x.json:1:9: invalid JSON: invalid escape `\\q` in a string")
    }

    @Test func numbersStayExact() throws {
        let (t, r) = try loadFixture("json_exact.json")
        let v = try #require(t.column(named: "v"))
        guard case .decimal(let units, let scale) = v.storage else { Issue.record("not decimal"); return }
        #expect(scale == 2)
        #expect(units[0] + units[1] == 30)  // 0.1 + 0.2 == 0.30 exactly
        #expect(units[2] == 163_980)
        #expect(units[4] == 1_234_567_890_123_456)
        #expect(v.verbatim[3] == "N/A")
        #expect(r.columns[0].statusCount == 1)
    }

    @Test func objectWrappingAnArrayOfRows() throws {
        let (t, r) = try loadFixture("wrapped.json")
        #expect(t.columnNames == ["a"])
        #expect(cells(t, "a") == ["1", "2"])
        #expect(r.issues.first?.kind == .rowsFromKey)
        #expect(r.issues.first?.message.contains("`data`") == true)
    }

    @Test func apiEnvelopeTwoLevelsDeep() throws {
        // CKAN's datastore_search: the rows sit at `result.records`; `result.fields` is an array
        // of objects too, so the rows are the one array of objects whose elements are rows.
        let (t, r) = try loadFixture("ckan.json")
        #expect(t.columnNames == ["_id", "unit", "fte"])
        #expect(cells(t, "unit") == ["Libraries", "Archives"])
        #expect(r.issues.first?.kind == .rowsFromKey)
        #expect(r.issues.first?.message.contains("`result.records`") == true)
        #expect(r.issues.first?.message.contains("`help`") == true)
    }

    @Test func objectWithoutAnArrayOfRowsIsOneRow() throws {
        let (t, r) = try loadText(#"{"a": 1, "b": {"c": 2}}"#, name: "x.json")
        #expect(t.rowCount == 1)
        #expect(t.columnNames == ["a", "b"])
        #expect(!r.issues.contains { $0.kind == .rowsFromKey })
    }

    @Test func escapesAndUnicode() throws {
        let (t, _) = try loadText(#"[{"s": "a\"b\\c\nd\u00e9\ud83d\ude00\/"}]"#, name: "x.json")
        #expect(cells(t, "s") == ["a\"b\\c\nd\u{E9}\u{1F600}/"])
    }

    @Test func duplicateKeysKeepTheLastValueAndAreReported() throws {
        let (t, r) = try loadText("{\"a\": 1, \"a\": 2}\n{\"a\": 3}\n", name: "x.jsonl")
        #expect(cells(t, "a") == ["2", "3"])
        #expect(r.issues.first { $0.kind == .duplicateKey }?.line == 1)
    }

    @Test func byteOrderMarkAndCRLFInJSON() throws {
        let (t, _) = try loadText("\u{FEFF}[{\"a\": 1},\r\n{\"a\": 2.5}]\r\n", name: "x.json")
        #expect(cells(t, "a") == ["1.0", "2.5"])
        let (l, _) = try loadText("\u{FEFF}{\"a\": \"x\"}\r\n{\"a\": \"y\"}\r\n", name: "x.jsonl")
        #expect(cells(l, "a") == ["x", "y"])
    }

    @Test func invalidUTF8InJSONIsReplacedAndReported() throws {
        var bytes = Array("[{\"a\": \"caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\"}]".utf8)
        let (t, r) = try TabularLoader.load(bytes: bytes, name: "x.json")
        #expect(cells(t, "a") == ["caf\u{FFFD}"])
        #expect(r.issues.first?.kind == .invalidUTF8)
    }

    @Test func emptyInputs() throws {
        let (a, ra) = try loadText("[]", name: "x.json")
        #expect(a.schema.isEmpty && a.rowCount == 0)
        #expect(ra.issues.first?.kind == .emptyFile)
        let (b, _) = try loadText("  \n", name: "x.jsonl")
        #expect(b.schema.isEmpty)
        let (c, _) = try loadText("[{}, {}]", name: "x.json")
        #expect(c.rowCount == 2 && c.schema.isEmpty)
    }

    @Test func formatIsSniffedWithoutAnExtension() throws {
        let (a, ra) = try loadText("[{\"a\": 1}]", name: "stdin")
        #expect(ra.format == .json)
        #expect(cells(a, "a") == ["1"])
        let (b, rb) = try loadText("{\"a\": 1}\n{\"a\": 2}\n", name: "stdin")
        #expect(rb.format == .jsonl)
        #expect(b.rowCount == 2)
        let (_, rc) = try loadText("a\tb\n1\t2\n", name: "stdin")
        #expect(rc.format == .tsv)
    }

    @Test func largeJSONLines() throws {
        var text = ""
        for i in 0..<20_000 { text += "{\"id\": \(i), \"unit\": \"u\(i % 10)\", \"net\": \(i).5, \"fy\": \"20\(10 + i % 5)/\(11 + i % 5)\"}\n" }
        let (t, _) = try loadText(text, name: "big.jsonl")
        #expect(t.rowCount == 20_000)
        #expect(t.schema.map(\.type) == [.int, .text, .decimal, .fiscalYear])
        if case .text(_, let dictionary) = t.columns[1].storage { #expect(dictionary.count == 10) }
    }
}
