import Foundation
import Testing
@testable import PlanQuery

/// How well the importer reads plan documents it was never tuned on: the fixtures in
/// Fixtures/unseen are modelled on other councils' papers (not taken from the seeds), each
/// with a hand-written `<name>.expected.csv` of the tables a reader would take from it.
///
/// Expected file: one block per table in document order, `== table N` then a CSV header
/// `line,unit,section,<column headings…>` and one row per data row (its first source line,
/// the unit and section it belongs to, the cell texts as printed with HTML removed and list
/// items as `• ` bullets). A cell is right when the importer's table, row (by line) and column
/// (by heading) hold exactly that text; rows, columns and tables the importer invents count as
/// wrong cells too. `PLANQ_BLESS=1` rewrites the figure in docs/importer-accuracy.md.
enum UnseenDocuments {
    static var directory: URL { Fixtures.root.appendingPathComponent("unseen") }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { !$0.hasSuffix(".expected.csv") }.sorted()
    }

    struct ExpectedTable {
        var columns: [String]
        var rows: [[String]]   // line, unit, section, cells…
    }

    /// RFC 4180 records of a CSV text (quoted fields, doubled quotes, line breaks in quotes).
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = [], field = ""
        var quoted = false, atStart = true
        var chars = Array(text)
        if chars.last != "\n" { chars.append("\n") }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && atStart {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""; atStart = true; i += 1; continue
            } else if c == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
                atStart = true; i += 1; continue
            } else { field.append(c) }
            atStart = false
            i += 1
        }
        return records
    }

    static func expected(_ name: String) throws -> [ExpectedTable] {
        let text = try String(contentsOf: directory.appendingPathComponent(name + ".expected.csv"), encoding: .utf8)
        var tables: [ExpectedTable] = []
        var block: [String] = []
        func flush() {
            let records = csvRecords(block.joined(separator: "\n")).filter { !($0.count == 1 && $0[0].isEmpty) }
            if let header = records.first { tables.append(ExpectedTable(columns: Array(header.dropFirst(3)), rows: Array(records.dropFirst()))) }
            block = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("== table") {
                if !block.isEmpty { flush() }
                continue
            }
            block.append(String(line))
        }
        if !block.isEmpty { flush() }
        return tables
    }

    struct Score {
        var right = 0
        var expected = 0
        var invented = 0
        var mistakes: [String] = []
        var total: Int { expected + invented }
        var fraction: Double { total == 0 ? 1 : Double(right) / Double(total) }
        static func += (a: inout Score, b: Score) {
            a.right += b.right; a.expected += b.expected; a.invented += b.invented; a.mistakes += b.mistakes
        }
    }

    static func score(_ name: String) throws -> Score {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        let doc = importDocument(name: name, text: text)
        #expect(doc.unaccountedTableLines.isEmpty, "\(name): table lines in no row, header or reject")
        let want = try expected(name)
        var s = Score()
        func norm(_ x: String) -> String { collapseSpaces(x) }
        for (k, exp) in want.enumerated() {
            let cellsPerRow = exp.columns.count + 2
            s.expected += exp.rows.count * cellsPerRow
            guard k < doc.tables.count else {
                s.mistakes.append("\(name) table \(k + 1): not found")
                continue
            }
            let got = doc.tables[k]
            let columnIndex = Dictionary(got.header.enumerated().map { (norm($0.element), $0.offset) }, uniquingKeysWith: { a, _ in a })
            // rows by line; a line holding two rows (a two-column layout) in order
            var byLine: [Int: [ExtractedRow]] = [:]
            for r in got.rows { byLine[r.lines.lowerBound, default: []].append(r) }
            var used: [Int: Int] = [:]
            for row in exp.rows {
                guard let line = Int(row[0]) else { continue }
                let n = used[line, default: 0]
                used[line] = n + 1
                guard let candidates = byLine[line], n < candidates.count else {
                    s.mistakes.append("\(name) table \(k + 1) line \(line): row not found")
                    continue
                }
                let r = candidates[n]
                let check: (String, String, String) -> Void = { what, want, have in
                    if norm(want) == norm(have) { s.right += 1 } else { s.mistakes.append("\(name) table \(k + 1) line \(line) \(what): want '\(want)', got '\(have)'") }
                }
                check("unit", row[1], got.unit)
                check("section", row[2], got.section)
                for (c, column) in exp.columns.enumerated() {
                    let want = 3 + c < row.count ? row[3 + c] : ""
                    let have = columnIndex[norm(column)].map { $0 < r.cells.count ? r.cells[$0] : "" }
                    if let have { check("[\(column)]", want, have) } else { s.mistakes.append("\(name) table \(k + 1) line \(line): no column '\(column)' (have \(got.header))") }
                }
            }
            // rows the importer invented
            for (line, rows) in byLine {
                let extra = rows.count - (used[line] ?? 0)
                if extra > 0 {
                    s.invented += extra * cellsPerRow
                    s.mistakes.append("\(name) table \(k + 1) line \(line): \(extra) row(s) not expected")
                }
            }
        }
        for t in doc.tables.dropFirst(want.count) {
            s.invented += t.rows.count * (t.header.count + 2)
            s.mistakes.append("\(name): table at line \(t.firstLine) not expected")
        }
        return s
    }
}

@Suite("Importer accuracy on unseen documents")
struct DocumentsAccuracyTests {
    @Test func cellAccuracy() throws {
        var total = UnseenDocuments.Score()
        var lines: [String] = []
        for name in UnseenDocuments.names {
            let s = try UnseenDocuments.score(name)
            total += s
            lines.append("| \(name) | \(s.right) | \(s.total) | \(percent(s.fraction)) |")
        }
        let figure = "\(total.right) of \(total.total) cells right (\(percent(total.fraction)))"
        print("importer accuracy on unseen documents: " + figure)
        for m in total.mistakes { print("  " + m) }
        #expect(UnseenDocuments.names.count >= 5)
        #expect(total.fraction >= 0.99, "cell accuracy \(figure); mistakes: \(total.mistakes.prefix(20))")

        // docs/importer-accuracy.md states the current figure
        let docURL = Fixtures.packageRoot.appendingPathComponent("docs/importer-accuracy.md")
        let doc = (try? String(contentsOf: docURL, encoding: .utf8)) ?? ""
        let table = "| document | right | cells | accuracy |\n|---|---:|---:|---:|\n" + lines.joined(separator: "\n")
            + "\n| **all** | \(total.right) | \(total.total) | \(percent(total.fraction)) |"
        let measured = "<!-- measured -->\n" + table + "\n<!-- /measured -->"
        if ProcessInfo.processInfo.environment["PLANQ_BLESS"] == "1", let a = doc.firstRange(of: "<!-- measured -->"),
           let b = doc.firstRange(of: "<!-- /measured -->") {
            try (String(doc[..<a.lowerBound]) + measured + String(doc[b.upperBound...])).write(to: docURL, atomically: true, encoding: .utf8)
            return
        }
        #expect(doc.contains(measured), "docs/importer-accuracy.md is stale: run PLANQ_BLESS=1 swift test --filter cellAccuracy")
    }

    func percent(_ f: Double) -> String {
        let tenths = Int((f * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
