import Foundation
import Testing
@testable import PlanQuery

/// The example reports: the flagship and every script in examples/reports/.
enum ExampleReports {
    static let folder = Fixtures.packageRoot.appendingPathComponent("examples/reports")
    static let expected = folder.appendingPathComponent("expected")
    static let paths: [String] = ["examples/flagship.planq"] + Fixtures.files(in: folder, ext: "planq").map { "examples/reports/" + $0 }

    static func stem(_ path: String) -> String { String(path.split(separator: "/").last!.dropLast(".planq".count)) }

    static func fileExtension(_ f: OutputFormat) -> String {
        switch f {
        case .table: return "txt"
        case .markdown: return "md"
        default: return f.rawValue
        }
    }

    /// An engine as `planq` sets one up: the bundled data with its display formats (the
    /// standard library is compiled in).
    static func engine() throws -> Engine {
        let engine = makeEngine()
        let data = Fixtures.packageRoot.appendingPathComponent("examples/data")
        for f in Fixtures.files(in: data, ext: "csv") {
            let path = data.appendingPathComponent(f).path
            let name = String(f.dropLast(4))
            engine.catalog.register(PlanDatasetFormats.source(FileTableSource(path: path), table: name), as: name)
        }
        return engine
    }

    /// Runs a report; warnings are returned so a test can insist there are none.
    static func run(_ path: String) throws -> (outputs: [Output], warnings: [String]) {
        let engine = try engine()
        var warnings: [String] = []
        engine.onWarning = { warnings.append($0.render()) }
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let outputs = try engine.run(text, name: path)
        return (outputs, warnings)
    }
}

@Suite("Example reports")
struct ExampleReportTests {
    static let cases: [(String, OutputFormat)] = ExampleReports.paths.flatMap { p in
        [OutputFormat.table, .markdown, .html].map { (p, $0) }
    }

    /// Each example in each text format equals its committed expected output
    /// (`examples/reports/expected/NAME.txt|md|html`); `PLANQ_BLESS=1` rewrites them.
    @Test("example report matches its expected output", arguments: cases)
    func matchesExpected(_ path: String, _ format: OutputFormat) throws {
        let (outputs, warnings) = try ExampleReports.run(path)
        #expect(warnings.isEmpty, "\(path) warns: \(warnings.joined(separator: "\n"))")
        let stem = ExampleReports.stem(path)
        let actual = Rendering.render(outputs, as: format, documentName: stem)
        let file = ExampleReports.expected.appendingPathComponent(stem + "." + ExampleReports.fileExtension(format))
        if Bless.isOn {
            try FileManager.default.createDirectory(at: ExampleReports.expected, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? "<missing \(file.lastPathComponent)>"
        #expect(actual == expected, "\(file.lastPathComponent) differs; rerun with PLANQ_BLESS=1 and review the diff")
    }

    /// Every example is a real report: a title, sections, tables, a chart and provenance.
    @Test("every example has a title, sections, a table, a chart and a source", arguments: ExampleReports.paths)
    func hasTheParts(_ path: String) throws {
        let (outputs, _) = try ExampleReports.run(path)
        var kinds = Set<String>()
        for case .report(let b) in outputs {
            switch b {
            case .title: kinds.insert("title")
            case .beginSection: kinds.insert("section")
            case .table: kinds.insert("table")
            case .chart: kinds.insert("chart")
            case .source: kinds.insert("source")
            default: break
            }
        }
        #expect(kinds == ["title", "section", "table", "chart", "source"], "\(path) has only \(kinds.sorted())")
    }
}

@Suite("Report statements")
struct ReportStatementTests {
    func blocks(_ text: String) throws -> [ReportBlock] {
        try ExampleReports.engine().run(text).compactMap { if case .report(let b) = $0 { return b } else { return nil } }
    }

    func error(_ text: String) throws -> String {
        errorText(text, try ExampleReports.engine())
    }

    @Test func textHolesTakeFormatsAndOneRowTables() throws {
        let b = try blocks("""
            let t = from budgets | where year == FY2008/09 and row_kind == "line" | summarize gross = sum(gross), n = count()
            text "{t.n} lines, {t.gross:£m}; {count(budgets.unit)} rows; {FY2008/09 - 1}; {{braces}}"
            """)
        guard case .text(let p)? = b.first else { Issue.record("no text block"); return }
        // The same figures straight from queries, in the formats the holes name.
        let t = try ExampleReports.engine().query(#"from budgets | where year == FY2008/09 and row_kind == "line" | summarize gross = sum(gross), n = count()"#)
        let rows = try ExampleReports.engine().query("from budgets | summarize n = count()").columns[0][0]
        let gross = Display.text(t.columns[0][0], format: ValueFormat.money(unit: 3).applying(DisplayStyle(shape: .money(unit: 6))))
        #expect(p.plainText == "\(Display.text(t.columns[1][0], format: .plain)) lines, \(gross); \(Display.text(rows, format: .plain)) rows; 2007/08; {braces}")
        #expect(gross.hasPrefix("£2,") && gross.hasSuffix("m"))
    }

    @Test func sectionsNestAndEndCloses() throws {
        let outputs = try ExampleReports.engine().run("""
            title "T"
            section "A"
            section "A.1"
            text "x"
            end
            end
            section "B"
            """)
        var builder = DocumentBuilder()
        outputs.forEach { builder.add($0) }
        let doc = builder.finish()
        #expect(doc.title?.plainText == "T")
        #expect(doc.sections.map { "\($0.level) \($0.heading.plainText) \($0.id)" } == ["1 A a", "2 A.1 a-1", "1 B b"])
        let md = Rendering.render(outputs, as: .markdown)
        #expect(md == "# T\n\n## 1 A\n\n### 1.1 A.1\n\nx\n\n## 2 B\n")
    }

    /// What a script prints and the diagnostics it gives, rendered as the command line shows them.
    func runScript(_ text: String, engine: Engine? = nil) throws -> (outputs: Int, diagnostics: [String]) {
        let e = try engine ?? ExampleReports.engine()
        var diagnostics: [String] = []
        e.onWarning = { diagnostics.append($0.render()) }
        var outputs = 0
        do {
            try e.run(SourceFile(name: "report.planq", text: text)) { _ in outputs += 1 }
        } catch let error as PlanQueryError {
            diagnostics += error.diagnostics.map { $0.render() }
        }
        return (outputs, diagnostics)
    }

    @Test func aSectionLeftOpenWarnsAtItsSection() throws {
        let r = try runScript("""
            title "T"
            section "A"
            text "x"
            end
              section "B {1 + 1}"
            text "y"
            """)
        #expect(r.outputs == 6)
        #expect(r.diagnostics == ["""
            report.planq:5:3: warning: `section "B {1 + 1}"` has no `end`: the section runs to the end of the script
              section "B {1 + 1}"
              ^^^^^^^^^^^^^^^^^^^
            hint: close it with `end` on a line of its own after its last statement
            """])
        // Two left open: a warning for each, the outer one first.
        let two = try runScript("section \"A\"\nsection \"A.1\"\ntext \"x\"")
        #expect(two.diagnostics.map { String($0.prefix(while: { $0 != "\n" })) } == [
            "report.planq:1:1: warning: `section \"A\"` has no `end`: the section runs to the end of the script",
            "report.planq:2:1: warning: `section \"A.1\"` has no `end`: the section runs to the end of the script"])
        // Closed, there is nothing to say.
        #expect(try runScript("section \"A\"\ntext \"x\"\nend").diagnostics.isEmpty)
    }

    @Test func aStrayEndIsAnErrorBeforeAnythingRuns() throws {
        let r = try runScript("""
            section "A"
            text "x"
            end
            text "y"
             end
            """)
        #expect(r.outputs == 0)
        #expect(r.diagnostics == ["""
            report.planq:5:2: error: `end` without a `section` to close
             end
             ^^^
            hint: the `end` at line 3 already closed `section "A"` (line 1)
            hint: a section runs from `section "Heading"` to its `end`; delete this `end` or add the `section` it closes
            """])
        let alone = try runScript("from [1]\nend")
        #expect(alone.outputs == 0)
        #expect(alone.diagnostics.first?.hasPrefix("report.planq:2:1: error: `end` without a `section` to close\nend\n^^^\nhint: a section runs") == true)
    }

    /// A REPL keeps open sections from one input to the next: no warning for one left open,
    /// and an `end` may close a section an earlier input opened, but not one more.
    @Test func sectionsCarryAcrossRunsThatKeepDefinitions() throws {
        let e = try ExampleReports.engine()
        e.keepsDefinitions = true
        #expect(try runScript("section \"A\"", engine: e).diagnostics.isEmpty)
        #expect(try runScript("text \"x\"\nend", engine: e).diagnostics.isEmpty)
        let r = try runScript("end", engine: e)
        #expect(r.diagnostics.first?.hasPrefix("report.planq:1:1: error: `end` without a `section` to close") == true)
    }

    /// An editor sees both without running anything.
    @Test func validateReportsSectionsAndEnds() throws {
        let e = try ExampleReports.engine()
        let open = e.validate("section \"A\"\nfrom budgets | take 1", name: "r.planq")
        #expect(open.map(\.message) == ["`section \"A\"` has no `end`: the section runs to the end of the script"])
        #expect(open.first.map { $0.severity == .warning && $0.line == 1 && $0.column == 1 } == true)
        let stray = e.validate("from budgets | take 1\n  end", name: "r.planq")
        #expect(stray.map(\.message) == ["`end` without a `section` to close"])
        #expect(stray.first.map { $0.severity == .error && $0.line == 2 && $0.column == 3 } == true)
    }

    @Test func formatTransformAndShownAs() throws {
        let t = try ExampleReports.engine().query("""
            from [[1639.8, 0.657, -490.6]] | format value1 = "£k", value2 = "% 0dp", value3 = "£k brackets"
            """)
        let cells = TableCells(t, nullText: "∅")
        #expect(cells.rows[0] == ["£1,639.8k", "66%", "(£490.6k)"])
        let v = try ExampleReports.engine().run(#"shown_as(0.657, "% 1dp")"#)
        guard case .value(let x, let f)? = v.last else { Issue.record("no value"); return }
        #expect(Display.text(x, format: f) == "65.7%")
    }

    @Test func errorsPointAtTheSpec() throws {
        #expect(try error(#"from budgets | format gross = "£mm""#).contains(#"unknown format word `£mm` in the format "£mm""#))
        #expect(try error(#"from budgets | format gross = "£mm""#).contains("did you mean `£m`?"))
        #expect(try error(#"from budgets | format unit = "£m""#).contains("cannot show `unit` with this format: `£m` shows a number, not text"))
        #expect(try error(#"text "{1 + }""#).contains("<command>:1:11: error: expected an expression, found end of input"))
        #expect(try error(#"text "total {2"#).contains("unterminated string"))
        #expect(try error(#"text "a {x"  "#).contains("`{` is not closed"))
        #expect(try error("end").contains("`end` without a `section` to close"))
        #expect(try error(#"chart bar from budgets | select unit"#).contains("a chart needs a label column and at least one numeric column"))
        #expect(try error(#"text "{budgets.gross}""#).contains("rows; a value in text needs one"))
        #expect(try error(#"source from [1]"#).contains("`source from` needs the rows' `source` and `line` columns"))
        #expect(try error(#"text "{x:£zz}""#).contains("no column `x`"))
    }

    @Test func provenanceNamesDocumentsAndLines() throws {
        let b = try blocks(#"source from budgets | where year == FY2008/09 and row_kind == "line" and unit == "Headquarters""#)
        guard case .source(let p)? = b.first else { Issue.record("no source"); return }
        #expect(p.plainText.hasPrefix("001_23223e66fe6ffd0f.txt, lines "))
        #expect(p.plainText.hasSuffix("rows)"))
    }

    @Test func totalRowsAreMarked() throws {
        let t = try ExampleReports.engine().query(#"from [["a", 1], ["a", 2], ["b", 3]] | total by value1 | where value2 >= 0"#)
        #expect(t.rowRoles?.filter { $0 == .subtotal }.count == 2)
        #expect(t.rowRoles?.filter { $0 == .total }.count == 1)
        let html = Rendering.render([.table(t)], as: .html)
        #expect(html.contains("<tr class=\"total\">"))
        #expect(html.contains("<tr class=\"subtotal\">"))
        let md = Rendering.render([.table(t)], as: .markdown)
        #expect(md.contains("| **Total** |"))
    }
    /// Line charts over financial years, sparkline cells and page breaks, in every format
    /// (the example reports use bars, stacks and tables).
    @Test func lineChartsSparklinesAndPageBreaks() throws {
        let outputs = try ExampleReports.engine().run("""
            title "T"
            chart line "Admissions" from kpis | where code == "PAF C72" | summarize v = avg(value) by period | sort period
            table from kpis | where code == "PAF C72" | summarize trend = list(value) by code | format trend = "sparkline"
            pagebreak
            text "after"
            """)
        let terminal = Rendering.render(outputs, as: .table)
        let lines = terminal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // three points (2009/10 has no value, so no point), the highest at the top, labels under them
        #expect(lines.filter { $0.contains("●") }.count == 3)
        #expect(lines.first { $0.contains("●") }?.hasPrefix("73 ┤●") == true)
        #expect(lines.contains { $0.contains("2005/06") && $0.contains("2007/08") && $0.contains("2009/10") })
        #expect(terminal.contains("PAF C72  █▅▁█▅▁█▅▁"))
        let md = Rendering.render(outputs, as: .markdown)
        #expect(md.contains("| PAF C72 | █▅▁█▅▁█▅▁ |"))
        #expect(md.contains("<!-- page break -->\n\nafter"))
        let html = Rendering.render(outputs, as: .html)
        #expect(html.contains(#"points="58.6,16 259.1,126 459.5,236""#))   // the line, falling
        #expect(html.components(separatedBy: #"<svg xmlns="http://www.w3.org/2000/svg" class="spark""#).count == 2)
        #expect(html.contains(#"<div class="page-break"></div>"#))
    }
}
