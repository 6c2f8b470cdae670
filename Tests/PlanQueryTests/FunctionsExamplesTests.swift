import Foundation
import Testing
@testable import PlanQuery

/// An engine whose standard library is read from the files in `stdlib/`, not the compiled-in
/// copy: docs/functions.md and the examples follow the files, so one `PLANQ_BLESS=1` run after
/// editing them brings both the compiled-in copy and the docs up to date.
func makeEngineWithStandardLibraryFiles() -> Engine {
    let engine = Engine(files: LocalFileSystem(), standardLibrary: false)
    engine.env.modulePaths = [Fixtures.packageRoot.appendingPathComponent("stdlib").path]
    do { try engine.define("import \"stdlib/prelude\"") } catch { Issue.record("stdlib/prelude.planq: \(error)") }
    return engine
}

enum FunctionEntries {
    /// Every documented function: built-ins in registry order, then the planq-written ones.
    static let all: [FunctionDocs.Entry] = {
        let builtins = FunctionDocs.builtinEntries(FunctionRegistry.builtins)
        return builtins + FunctionDocs.planqEntries(makeEngineWithStandardLibraryFiles().env.functions)
    }()

    static var names: [String] { all.map(\.name) }
    static func entry(_ name: String) -> FunctionDocs.Entry? { all.first { $0.name == name } }
}

@Suite("Function help examples")
struct FunctionsExamplesTests {
    /// Runs the help example of every registry entry and planq-written function, and compares
    /// its result text (FunctionDocs.resultText: rows of unquoted CSV values joined by `,`,
    /// rows by `\n`; a value's CSV text) with the entry's `result`.
    @Test("help example", arguments: FunctionEntries.names)
    func example(_ name: String) throws {
        let entry = try #require(FunctionEntries.entry(name))
        #expect(!entry.help.example.isEmpty, "\(name) has no example")
        #expect(!entry.help.summary.isEmpty, "\(name) has no summary")
        let engine = makeEngineWithStandardLibraryFiles()
        let text = try FunctionDocs.run(example: entry.help.example, in: engine)
        #expect(text == entry.help.result, "\(name): \(entry.help.example)")
    }

    @Test func stdlibLoadsWithoutWarnings() throws {
        let engine = Engine(standardLibrary: false)
        var warnings: [String] = []
        engine.onWarning = { warnings.append($0.render()) }
        try engine.define("import \"stdlib/prelude\"")
        #expect(warnings.isEmpty)
        // Every planq-written function of the standard library is documented.
        let undocumented = engine.env.functions.values.filter { $0.doc == nil }.map(\.name)
        #expect(undocumented.isEmpty)
        #expect(FunctionDocs.planqEntries(engine.env.functions).count >= 10)
    }

    @Test func everyCanonicalNameAndAliasIsUnique() {
        let r = FunctionRegistry.builtins
        for (alias, canonical) in r.aliases {
            #expect(r.entries[alias] == nil, "alias \(alias) of \(canonical) is also a canonical name")
            #expect(r.entries[canonical] != nil, "alias \(alias) points at missing \(canonical)")
        }
    }

    @Test func helpShowsPlanqFunctionsAndSugar() throws {
        let engine = makeEngine()
        let rag = try FunctionDocs.resultText(engine.run("help rag"))
        #expect(rag.hasPrefix("rag(actual, target, higher_is_better = true, amber_band = 5%)  — function written in planq (performance)"))
        #expect(rag.contains("defined in: stdlib/performance.planq"))
        #expect(rag.contains("example: rag(96, 100)\nresult:  amber"))
        let median = try FunctionDocs.resultText(engine.run("help med"))
        #expect(median.hasPrefix("median(x)  — aggregate function (aggregate)"))
        #expect(median.contains("aliases: med"))
        let sumIf = try FunctionDocs.resultText(engine.run("help sum_if"))
        #expect(sumIf.contains("The same as `sum(x) where cond`"))
        let overview = try FunctionDocs.resultText(engine.run("help"))
        #expect(overview.contains("performance: rag, direction_of_travel"))
    }

    @Test func docCommentParsing() throws {
        let src = SourceFile(name: "t.planq", text: """
            # not a doc comment

            ## spread(x) — Largest minus smallest.
            ## It is an aggregate.
            ## category: statistics
            ## example: from [1, 5] | summarize s = spread(value)
            ## result: 4
            fn spread(x) = max(x) - min(x)

            fn plain(x) = x
            """)
        let engine = makeEngine()
        try engine.loadModule(src)
        let doc = try #require(engine.env.functions["spread"]?.doc)
        #expect(doc.summary == "Largest minus smallest. It is an aggregate.")
        #expect(doc.category == "statistics")
        #expect(doc.example == "from [1, 5] | summarize s = spread(value)")
        #expect(doc.result == "4")
        #expect(engine.env.functions["plain"]?.doc == nil)
        #expect(try FunctionDocs.run(example: doc.example, in: engine) == doc.result)
    }

    @Test func resultTextDefinition() throws {
        let engine = makeEngine()
        #expect(try FunctionDocs.run(example: "from [[1, \"a,b\"], [null, \"c\"]]", in: engine) == "1,a,b\n,c")
        #expect(try FunctionDocs.run(example: "FY2008/09 + 1", in: engine) == "2009/10")
        #expect(try FunctionDocs.run(example: "null", in: engine) == "")
        #expect(try FunctionDocs.run(example: "from [[1, 2]] | summarize l = list(value1)", in: engine) == "[1]")
    }
}

@Suite("docs/functions.md")
struct FunctionsDocTests {
    /// docs/functions.md is generated; this fails when the committed file differs.
    /// Regenerate with: PLANQ_BLESS=1 swift test --filter functionsDoc
    @Test func functionsDoc() throws {
        let generated = FunctionDocs.markdown(FunctionEntries.all)
        let url = Fixtures.packageRoot.appendingPathComponent("docs/functions.md")
        if Bless.isOn {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(committed == generated,
                "docs/functions.md is out of date with the function registry and stdlib doc comments; regenerate it with: \(FunctionDocs.regenerateCommand)")
    }

    @Test func docsListEveryFunctionAndAlias() {
        let md = FunctionDocs.markdown(FunctionEntries.all)
        for e in FunctionEntries.all {
            #expect(md.contains("### \(e.name)\n"), "\(e.name) missing from docs")
            for a in e.aliases { #expect(md.contains("`\(a)`"), "alias \(a) missing from docs") }
        }
    }
}
