import Foundation
import Testing
@testable import PlanQuery

/// Fixture documents live in Fixtures/documents; each `<name>` has its expected extraction
/// (tables, rejects and the dataset rows built from it) in `<name>.expected`.
/// Regenerate after an intended change with `PLANQ_BLESS=1 swift test --filter Documents`.
enum DocumentFixtures {
    static var directory: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("documents")
    }

    static var names: [String] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return all.filter { !$0.hasSuffix(".expected") }.sorted()
    }

    /// The source-tree copy (for regenerating expected files).
    static func sourceDirectory(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures/documents")
    }

    /// The seed documents: `$PLANQ_SEEDS`, else the copies kept in the repository
    /// (`examples/documents`), so a fresh clone checks the bundled data against its sources.
    static func seedsDirectory(_ file: String = #filePath) -> URL {
        if let env = ProcessInfo.processInfo.environment["PLANQ_SEEDS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return URL(fileURLWithPath: file).deletingLastPathComponent()   // Tests/PlanQueryTests
            .deletingLastPathComponent().deletingLastPathComponent()      // package root
            .appendingPathComponent("examples/documents")
    }
}

/// A stable text rendering of an import and of the dataset built from it.
func renderImport(_ doc: DocumentImport, grids: [NamedGrid]) -> String {
    var out = ""
    for p in doc.plans {
        out += "plan \(p.kind.rawValue): \(p.unit) | \(p.directorate) | \(p.year) | lines \(p.firstLine)-\(p.lastLine)\n"
    }
    for t in doc.tables {
        out += "table \(t.firstLine)-\(t.lastLine) \(t.encoding.rawValue) unit=\"\(t.unit)\" directorate=\"\(t.directorate)\" "
        out += "section=\"\(t.section)\" caption=\"\(t.caption)\"\(t.headerLost ? " header-lost" : "")\n"
        out += "  header \(t.headerLines): " + t.header.map { "[\($0)]" }.joined(separator: " ") + "\n"
        for r in t.rows {
            out += "  row \(r.lines.lowerBound)-\(r.lines.upperBound)\(r.continued ? " continued" : ""): "
            out += r.cells.map { "[\($0)]" }.joined(separator: " ") + "\n"
        }
    }
    for r in doc.rejects { out += "reject \(r.line) \(r.reason.rawValue)\n" }
    out += "page labels removed: \(doc.pageDebrisLines)\n"
    out += "unaccounted table lines: \(doc.unaccountedTableLines)\n"
    for g in grids where !g.rows.isEmpty {
        out += "grid \(g.name)\n"
        out += CSVWriter.csv(g)
    }
    return out
}

@Suite("Document importer")
struct DocumentsTests {
    @Test(arguments: DocumentFixtures.names)
    func golden(_ name: String) throws {
        let text = try String(contentsOf: DocumentFixtures.directory.appendingPathComponent(name), encoding: .utf8)
        let doc = importDocument(name: name, text: text)
        let grids = buildPlanDataset(documents: [(name, text)]).grids
        let actual = renderImport(doc, grids: grids)
        let expectedURL = DocumentFixtures.directory.appendingPathComponent(name + ".expected")
        if Bless.isOn {
            try actual.write(to: DocumentFixtures.sourceDirectory().appendingPathComponent(name + ".expected"),
                             atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "golden mismatch for \(name); regenerate with PLANQ_BLESS=1 swift test --filter Documents")
        #expect(doc.unaccountedTableLines.isEmpty)
    }

    @Test(arguments: DocumentFixtures.names)
    func everyTableLineIsAccountedFor(_ name: String) throws {
        let text = try String(contentsOf: DocumentFixtures.directory.appendingPathComponent(name), encoding: .utf8)
        let doc = importDocument(name: name, text: text)
        #expect(doc.unaccountedTableLines == [])
    }

    @Test func seedDocumentF001() throws {
        let url = DocumentFixtures.seedsDirectory().appendingPathComponent("001_23223e66fe6ffd0f.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let doc = importDocument(name: "F001", text: text)
        // nothing lost silently: every TAB line is in a header, a row or a reject
        #expect(doc.unaccountedTableLines == [])
        #expect(doc.tableLines.count > 8_000)
        let plans = doc.plans.filter { $0.kind == .plan }
        #expect(plans.count == 51)
        #expect(plans.first?.unit == "Headquarters")
        #expect(plans.first?.directorate == "Kent Adult Social Services")
        #expect(plans.contains { $0.unit == "Libraries & Archives" && $0.directorate == "Communities" && $0.firstLine == 18963 })
        #expect(plans.contains { $0.unit == "Strategic Development Unit" && $0.directorate == "Chief Executive's Department" })
        #expect(plans.last?.unit == "Strategy and Planning")
        // attribution of a known row (F001:6090, Statemented Pupil Support, Commissioning Division)
        let row = doc.tables.first { t in t.rows.contains { $0.lines.contains(6090) } }
        #expect(row?.unit == "Commissioning Division")
        #expect(row?.directorate == "Children, Families & Education")
        #expect(doc.pageDebrisLines.count >= 90)
        #expect(doc.summary.contains("51 plans"))
    }

    @Test func cleanCellHandlesMarkup() {
        #expect(cleanCell("<p>Green</p> <p>Green</p>").text == "Green Green")
        #expect(cleanCell("<ul style=\"list-style-type: none\"> • a • b </ul>").text == "• a • b")
        #expect(cleanCell("Work with ISG. Page 1061").text == "Work with ISG.")
        #expect(cleanCell("<small>Page 18 of 20</small>").text == "")
        #expect(cleanCell("A &amp; B<br/>C").text == "A & B C")
        #expect(cleanCell("£1,639.8").text == "£1,639.8")
        // Markdown italic around the whole cell; a footnote star or `* x *` is no emphasis
        #expect(cleanCell("*(59,165)*").text == "(59,165)")
        #expect(cleanCell("*Page 5 of 12*").text == "")
        #expect(cleanCell("81%*").text == "81%*")
        #expect(cleanCell("* excludes *").text == "* excludes *")
    }

    @Test func plainPaperHeadingsAndPageLines() {
        // a numbered heading laid out with a TAB; a contents row (with its page number) is no heading
        #expect(isHeading("2.\tSummary position and financing", plainPapers: true) == "2. Summary position and financing")
        #expect(isHeading("2.\tSummary position\t2", plainPapers: true) == nil)
        #expect(isHeading("2.\tSummary position and financing") == nil)
        // lettered headings in brackets, not a lower-case recommendation
        #expect(isHeading("(a) Highways maintenance and structures", plainPapers: true) == "(a) Highways maintenance and structures")
        #expect(isHeading("(ii) Transport schemes", plainPapers: true) == "(ii) Transport schemes")
        #expect(isHeading("(a) note the forecast outturn;", plainPapers: true) == nil)
        // captions are not section headings, in bold or not
        #expect(isHeading("**Table 1: Outcome indicators and targets for 2025/26**", plainPapers: true) == nil)
        #expect(isHeading("Table 3.1 – Planning applications decided", plainPapers: true) == nil)
        // a labelled unit line laid out with a TAB; a converter's comment names no unit
        #expect(namedUnit("Directorate:\tResources") == "Resources")
        #expect(namedUnit("Report by:\tExecutive Director of Resources") == nil)
        #expect(namedUnit("<!-- PageFooter=\"Kingsmere Council – Public Health Annual Delivery Plan 2025/26\" -->") == nil)
        // page footers and page numbers
        let x = Extractor(name: "t", lines: [])
        #expect(x.isPageFooter("Overview and Scrutiny Committee – 14 November 2024 | Page 4 of 11"))
        #expect(x.isPageFooter("- 4 -"))
        #expect(x.isPageFooter("– 12 –"))
        #expect(!x.isPageFooter("The figures are explained on Page 4"))
        #expect(!x.isPageFooter("- item -"))
        // a repeated header may say it is continued
        #expect(x.compactKey(["Budget line (continued)", "2024/25 budget £000"]) == x.compactKey(["Budget line", "2024/25 budget £000"]))
        // the dates of a signature block: month names whole or abbreviated, or day/month/year
        #expect(isDateText("28 January 2025"))
        #expect(isDateText("28 Jan 2025"))
        #expect(isDateText("3 Sept. 2024"))
        #expect(isDateText("30/09/2025"))
        #expect(!isDateText("28 Janitor 2025"))
        #expect(!isDateText("28 January 25"))
        #expect(!isDateText("Total 2025"))
    }
}

@Suite("CSV writer")
struct CSVWriterTests {
    @Test func quoting() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field(" padded") == "\" padded\"")
        #expect(CSVWriter.field("") == "")
        #expect(CSVWriter.csv(columns: ["a", "b"], rows: [["1", "x,y"]]) == "a,b\n1,\"x,y\"\n")
    }
}
