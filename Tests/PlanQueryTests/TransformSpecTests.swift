import Foundation
import Testing
@testable import PlanQuery

/// `TransformSpec.all`, the one table of transforms: its examples run, its other-language
/// words get their hint, the grammar and the lexer's keywords agree with it, and the
/// transform table of docs/language.md is generated from it (`PLANQ_BLESS=1 swift test
/// --filter TransformSpecTests` rewrites that table).
@Suite("Transform table")
struct TransformSpecTests {
    static var names: [String] { TransformSpec.all.map(\.name) }

    @Test("transform example", arguments: names)
    func example(_ name: String) throws {
        let spec = try #require(TransformSpec.named(name))
        #expect(try FunctionDocs.run(example: spec.example, in: makeEngine()) == spec.result, "\(name): \(spec.example)")
        // The example uses the transform it illustrates.
        #expect(spec.example.contains(name == "from" ? "from " : "| \(name)"))
    }

    @Test func theTableIsWellFormed() {
        #expect(Keywords.transforms == Self.names)
        #expect(Keywords.transforms.first == "from")
        #expect(Keywords.steps == Array(Self.names.dropFirst()))
        #expect(Set(Self.names).count == Self.names.count)
        for spec in TransformSpec.all {
            #expect(!spec.forms.isEmpty)
            for form in spec.forms {
                #expect(form.syntax.hasPrefix(spec.name), "\(spec.name): \(form.syntax)")
                #expect(!form.meaning.isEmpty)
            }
        }
        let words = TransformSpec.all.flatMap { $0.otherLanguages + $0.misspellings }
        #expect(Set(words).count == words.count, "a word stands for two transforms")
        for w in words {
            #expect(w == w.lowercased())
            #expect(!Keywords.transforms.contains(w.split(separator: " ").first.map(String.init) ?? w) || w.contains(" "),
                    "\(w) is itself a transform")
        }
    }

    /// A transform written with another language's word fails with a hint that names the
    /// planq transform.
    @Test("another language's word", arguments: TransformSpec.all.flatMap { s in (s.otherLanguages + s.misspellings).map { "\($0)→\(s.name)" } })
    func otherLanguageWord(_ pair: String) throws {
        let parts = pair.components(separatedBy: "→")
        let (word, transform) = (parts[0], parts[1])
        let query = "from [[1, 2]] | \(word) value1"
        let e = try #require(errorDiagnostics(query).first, "\(query) parsed")
        let text = ([e.message] + e.hints).joined(separator: "\n")
        #expect(text.contains(transform), "\(query): \(text)")
    }

    func errorDiagnostics(_ text: String) -> [Diagnostic] {
        do { _ = try makeEngine().run(text) } catch let e as PlanQueryError { return e.diagnostics } catch {}
        return []
    }

    @Test func helpShowsTheTransform() throws {
        let engine = makeEngine()
        for spec in TransformSpec.all {
            let help = try FunctionDocs.run(example: "help \(spec.name)", in: engine)
            for form in spec.forms { #expect(help.contains(form.syntax + "\n  " + form.meaning), "help \(spec.name)") }
            #expect(help.contains("example: " + (spec.example.components(separatedBy: "\n").first ?? "")))
        }
        // `total` is a function and a transform: help shows both.
        let total = try FunctionDocs.run(example: "help total", in: engine)
        #expect(total.hasPrefix("total(x)"))
        #expect(total.contains("\n\ntotal  — transform\n"))
        // Another language's word leads to the planq transform.
        let filter = try FunctionDocs.run(example: "help filter", in: engine)
        #expect(filter.hasPrefix("`filter` is not planq; the planq transform is `where`:\n\nwhere  — transform\n"))
    }

    /// The grammar's `transform` rule has one alternative per transform after `from`.
    @Test func grammarNamesEveryTransform() throws {
        let grammar = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("grammar/planq.ebnf"), encoding: .utf8)
        let start = try #require(grammar.range(of: "\ntransform      ="))
        let rule = grammar[start.upperBound...].prefix { $0 != ";" }
        let keywords = rule.split(separator: "\n").compactMap { line -> String? in
            let t = line.drop { $0 == " " || $0 == "=" || $0 == "|" }
            guard t.hasPrefix("\""), let end = t.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(t[t.index(after: t.startIndex)..<end])
        }
        #expect(keywords == Keywords.steps)
    }

    // MARK: docs/language.md

    static let docMarkerStart = "<!-- Generated from TransformSpec.all"
    static let docMarkerEnd = "<!-- end of the transform table -->"

    static func markdownTable() -> String {
        func cell(_ s: String) -> String { s.replacing("|", with: "\\|") }
        var rows = ["| transform | meaning | keeps | in other languages |", "|---|---|---|---|"]
        for spec in TransformSpec.all {
            for (i, form) in spec.forms.enumerated() {
                let first = i == 0
                let others = first ? spec.otherLanguages.map { "`\($0)`" }.joined(separator: ", ") : ""
                rows.append("| `\(cell(form.syntax))` | \(cell(form.meaning)) | \(first ? spec.keeps : "") | \(others) |")
            }
        }
        return rows.joined(separator: "\n")
    }

    @Test func languageDocTableIsGenerated() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("docs/language.md")
        let doc = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(doc.range(of: Self.docMarkerStart), "docs/language.md lost its transform-table markers")
        let afterComment = try #require(doc.range(of: "-->\n", range: start.upperBound..<doc.endIndex))
        let end = try #require(doc.range(of: Self.docMarkerEnd, range: afterComment.upperBound..<doc.endIndex))
        let generated = Self.markdownTable() + "\n"
        if Bless.isOn {
            try (doc[..<afterComment.upperBound] + generated + doc[end.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(doc[afterComment.upperBound..<end.lowerBound]) == generated,
                "docs/language.md's transform table is stale: run PLANQ_BLESS=1 swift test --filter TransformSpecTests")
    }
}
