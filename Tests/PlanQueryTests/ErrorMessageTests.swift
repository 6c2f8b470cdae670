import Foundation
import Testing
@testable import PlanQuery

/// The error-message suite: curated wrong queries a newcomer writes (typos, SQL habits,
/// missing pipes, wrong arguments, unclosed strings and brackets, aggregates outside
/// summarize, financial-year typos, and queries that run but do not mean what they say), each
/// with the exact message, position and hint planq gives, over the bundled plan data.
///
/// `Fixtures/errors/mistakes.txt` holds them: `# Category`, `## Title`, the query, a `--`
/// line, then what planq prints. `docs/errors.md` is generated from the same file and must
/// match it. `PLANQ_BLESS=1 swift test --filter ErrorMessageTests` rewrites both.
@Suite("Error messages")
struct ErrorMessageTests {
    struct Case {
        var category: String
        var title: String
        var query: String
        var expected: String?
    }

    static let file = Fixtures.root.appendingPathComponent("errors/mistakes.txt")
    static let sourceFile = Fixtures.packageRoot.appendingPathComponent("Tests/PlanQueryTests/Fixtures/errors/mistakes.txt")
    static let doc = Fixtures.packageRoot.appendingPathComponent("docs/errors.md")
    static var updating: Bool { Bless.isOn }

    static func parse(_ text: String) -> [Case] {
        var cases: [Case] = []
        var category = ""
        var current: Case? = nil
        var inExpected = false
        var expectedLines: [String] = []
        func finish() {
            guard var c = current else { return }
            if inExpected {
                while expectedLines.last?.isEmpty == true { expectedLines.removeLast() }
                c.expected = expectedLines.joined(separator: "\n")
            }
            c.query = c.query.trimmingCharacters(in: .newlines)
            cases.append(c)
            current = nil
            inExpected = false
            expectedLines = []
        }
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("# ") {
                finish()
                category = String(line.dropFirst(2))
            } else if line.hasPrefix("## ") {
                finish()
                current = Case(category: category, title: String(line.dropFirst(3)), query: "", expected: nil)
            } else if current != nil {
                if inExpected { expectedLines.append(line) }
                else if line == "--" { inExpected = true }
                else { current!.query += (current!.query.isEmpty ? "" : "\n") + line }
            }
        }
        finish()
        return cases.filter { !$0.query.isEmpty }
    }

    /// What planq prints to standard error for the query, then how many rows it returned.
    static func run(_ query: String) -> String {
        let engine = makeEngine(dataDirectory: Fixtures.packageRoot.appendingPathComponent("examples/data"))
        var lines: [String] = []
        engine.onWarning = { lines.append($0.render()) }
        do {
            var rows: Int? = nil
            try engine.run(SourceFile(name: "<query>", text: query)) { output in
                if case .table(let t) = output { rows = t.rowCount }
            }
            if let rows { lines.append("(the query runs: \(rows) row\(rows == 1 ? "" : "s"))") }
        } catch let e as PlanQueryError {
            lines += e.diagnostics.map { $0.render() }
        } catch {
            lines.append("\(error)")
        }
        return lines.joined(separator: "\n")
    }

    static let cases: [Case] = (try? String(contentsOf: file, encoding: .utf8)).map(parse) ?? []

    @Test("a curated wrong query", arguments: cases.map(\.title))
    func wrongQuery(_ title: String) throws {
        let c = try #require(Self.cases.first { $0.title == title })
        let actual = Self.run(c.query)
        if Self.updating { return }
        #expect(actual == c.expected, "run PLANQ_BLESS=1 swift test --filter ErrorMessageTests and review the diff")
    }

    @Test func theSuiteIsLargeAndEveryCaseSaysSomething() throws {
        #expect(Self.cases.count >= 60)
        #expect(Set(Self.cases.map(\.title)).count == Self.cases.count, "titles must be unique")
        for c in Self.cases {
            let out = Self.updating ? Self.run(c.query) : (c.expected ?? "")
            // Every case gives an error or a warning, and every one of them a hint.
            #expect(out.contains(": error: ") || out.contains(": warning: "), "\(c.title): no diagnostic")
            #expect(out.contains("\nhint: "), "\(c.title): no hint")
        }
    }

    /// Rewrites the fixture (update mode) and checks docs/errors.md is generated from it.
    @Test func docsErrorsIsGeneratedFromTheSuite() throws {
        var cases = Self.cases
        if Self.updating {
            for i in cases.indices { cases[i].expected = Self.run(cases[i].query) }
            try Self.fixtureText(cases).write(to: Self.sourceFile, atomically: true, encoding: .utf8)
            try Self.docText(cases).write(to: Self.doc, atomically: true, encoding: .utf8)
            return
        }
        let doc = try String(contentsOf: Self.doc, encoding: .utf8)
        #expect(doc == Self.docText(cases), "docs/errors.md is stale: run PLANQ_BLESS=1 swift test --filter ErrorMessageTests")
    }

    static func fixtureText(_ cases: [Case]) -> String {
        var out = ""
        var category: String? = nil
        for c in cases {
            if c.category != category {
                out += (category == nil ? "" : "\n") + "# \(c.category)\n"
                category = c.category
            }
            out += "\n## \(c.title)\n\(c.query)\n--\n\(c.expected ?? "")\n"
        }
        return out
    }

    static func docText(_ cases: [Case]) -> String {
        var out = """
            # Mistakes and what planq says

            <!-- Generated from Tests/PlanQueryTests/Fixtures/errors/mistakes.txt by the error-message
                 suite (ErrorMessageTests.swift); edit that file, then run
                 PLANQ_BLESS=1 swift test --filter ErrorMessageTests. -->

            Each of these is a query a newcomer writes, and exactly what planq answers over the
            bundled plan data. Errors stop the query (exit status 65 on the command line); warnings
            let it run and say why the answer is probably not the one meant. Every message points
            at the spot with a caret, and every one has a hint — for a habit brought from SQL or a
            spreadsheet, the hint is the same thing written in planq.

            """
        var category: String? = nil
        for c in cases {
            if c.category != category {
                out += "\n## \(c.category)\n"
                category = c.category
            }
            out += "\n**\(c.title)**\n\n```planq\n\(c.query)\n```\n\n```text\n\(c.expected ?? "")\n```\n"
        }
        return out
    }
}
