import Foundation
import Testing
@testable import PlanQuery

/// The compiled-in standard library: loaded by every engine unless it opts out, and what
/// `import "stdlib/NAME"` reads.
@Suite("Standard library")
struct StandardLibraryTests {
    func value(_ engine: Engine, _ text: String) throws -> String {
        try FunctionDocs.resultText(engine.run(text))
    }

    func error(_ engine: Engine, _ text: String) -> PlanQueryError? {
        do { _ = try engine.run(text) } catch let e as PlanQueryError { return e } catch {}
        return nil
    }

    @Test func everyEngineHasIt() throws {
        #expect(StandardLibrary.loadError == nil)
        if case .success(let prelude) = StandardLibrary.prelude {
            #expect(prelude.warnings.isEmpty, "\(prelude.warnings.map { $0.render() })")
            #expect(prelude.modules == ["stdlib/prelude.planq", "stdlib/general.planq", "stdlib/finance.planq", "stdlib/performance.planq"])
        }
        let engine = Engine()
        #expect(try value(engine, "rag(96, 100)") == "amber")
        #expect(try value(engine, "variance(1639.8, 1500)") == "139.8")
        #expect(try value(engine, "per_head(350, 1_400_000, 100_000)") == "25")
        // Defined from the compiled-in text, named as the file it came from.
        let rag = try #require(engine.env.functions["rag"]?.definition?.file)
        #expect(rag === StandardLibrary.module(named: "performance"))
        #expect(rag.name == "stdlib/performance.planq")
        #expect(try value(engine, "help rag").contains("defined in: stdlib/performance.planq"))
    }

    @Test func anEngineCanOptOut() throws {
        let engine = Engine(standardLibrary: false)
        #expect(engine.env.functions.isEmpty)
        let e = try #require(error(engine, "rag(96, 100)"))
        #expect(e.diagnostics[0].message.contains("unknown function `rag`"))
        // A module of it is still there to import: not a file, so the engine's file policy
        // (a new engine's default: no files) does not stand in the way.
        #expect(engine.env.modulePaths.isEmpty)
        #expect(engine.env.files.policyDescription == "no files")
        #expect(try value(engine, "import \"stdlib/performance\"\nrag(96, 100)") == "amber")
        // A module brings only its own definitions.
        #expect(error(engine, "import \"stdlib/performance\"\nvariance(3, 1)")?.diagnostics[0].message.contains("unknown function `variance`") == true)
        #expect(try value(engine, "import \"stdlib/finance.planq\"\nvariance(3, 1)") == "2")
        // Importing the prelude brings its imports.
        let whole = Engine(standardLibrary: false)
        #expect(try value(whole, "import \"stdlib/prelude\"\nper_head(350, 1_400_000, 100_000) + variance(3, 1)") == "27")
        try whole.define("import \"stdlib/prelude\"")
        #expect(whole.env.functions.keys.sorted() == Engine().env.functions.keys.sorted())
    }

    @Test func importingWhatIsLoadedIsANoOp() throws {
        let engine = Engine()
        var warnings: [String] = []
        engine.onWarning = { warnings.append($0.message) }
        engine.env.functions["rag"] = nil
        // Already loaded at start: the import does not run the module again.
        try engine.define("import \"stdlib/performance\"")
        #expect(engine.env.functions["rag"] == nil)
        #expect(warnings.isEmpty)
    }

    @Test func unknownModuleNamesTheStandardLibrary() throws {
        let e = try #require(error(Engine(files: LocalFileSystem()), "import \"stdlib/financial\""))
        let d = e.diagnostics[0]
        #expect(d.message == "cannot find module \"stdlib/financial\"")
        #expect(d.hints == ["the standard library's modules: stdlib/finance, stdlib/general, stdlib/performance, stdlib/prelude"])
        #expect(d.span?.start == 7)
    }

    /// A folder in `modulePaths` with the module's file replaces the compiled-in copy
    /// (`$PLANQ_HOME/stdlib`); one without it does not hide it.
    @Test func aModulePathOverridesIt() throws {
        let dir = testScratch.appendingPathComponent("planq-stdlib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "fn variance(actual, budget) = 42\n".write(to: dir.appendingPathComponent("finance.planq"), atomically: true, encoding: .utf8)
        let engine = Engine(files: LocalFileSystem(), standardLibrary: false)
        engine.env.modulePaths = [dir.path]
        #expect(try value(engine, "import \"stdlib/finance\"\nvariance(3, 1)") == "42")
        #expect(try value(engine, "import \"stdlib/performance\"\nrag(96, 100)") == "amber")
    }
}

/// A mistake inside a standard-library function is reported at the call, since the user has
/// no stdlib file to look at; the hint quotes the part of the definition that failed.
@Suite("Standard library errors")
struct StandardLibraryErrorTests {
    func diagnostic(_ text: String) throws -> Diagnostic {
        do { _ = try Engine().run(text) } catch let e as PlanQueryError { return e.diagnostics[0] }
        throw PlanQueryError(.error(.usage, "expected an error from \(text)", at: nil))
    }

    @Test func reportedAtTheCall() throws {
        let d = try diagnostic("1 + variance(\"a\", 1)")
        #expect(d.message == "variance(actual, budget): cannot apply `-` to text and int")
        #expect(d.span?.file.name == "<command>")
        #expect(d.span?.text == "variance(\"a\", 1)")
        #expect(d.hints.contains("where: `actual - budget` in `variance`'s definition (stdlib/finance.planq:12)"))

        let r = try diagnostic("from [\"a\", \"b\"] | summarize r = range(value)")
        #expect(r.message == "range(x): cannot apply `-` to text and text")
        #expect(r.span?.text == "range(value)")
    }

    /// A function of the user's own keeps pointing at its body, naming the call.
    @Test func ownFunctionsPointAtTheirBody() throws {
        let d = try diagnostic("fn f(x) = x - 1\nf(\"a\")")
        #expect(d.span?.text == "x - 1")
        #expect(d.hints.contains("in the body of `f`, called at <command>:2:1"))
    }
}

/// The prelude is loaded by name (each `fn` parsed from its byte range when first looked up)
/// and the built-in functions on first use. These check that what a name resolves to, what is
/// listed and what errors say are what loading everything at start gave.
@Suite("Standard library, loaded by name")
struct StandardLibraryLazyTests {
    func value(_ engine: Engine, _ text: String) throws -> String {
        try FunctionDocs.resultText(engine.run(text))
    }

    func diagnostic(_ engine: Engine, _ text: String) throws -> Diagnostic {
        do { _ = try engine.run(text) } catch let e as PlanQueryError { return e.diagnostics[0] }
        throw PlanQueryError(.error(.usage, "expected an error from \(text)", at: nil))
    }

    func whole() throws -> StandardLibrary.Definitions {
        try StandardLibrary.prelude.get()
    }

    /// Each function parsed on its own equals the whole load's: parameters, defaults, body,
    /// and every span (same file object, same offsets), so hints, `help` and doc comments agree.
    @Test func eachFunctionEqualsTheWholeLoad() throws {
        let whole = try whole()
        #expect(StandardLibrary.preludeIsOnlyFunctions)
        #expect(Set(StandardLibrary.preludeFunctionNames) == Set(whole.functions.keys))
        #expect(Set(StandardLibrary.preludeModules) == whole.modules)
        for (name, eager) in whole.functions {
            let entry = try #require(StandardLibrary.preludeFunctions.first { $0.name == name })
            // The index's range parsed directly (not through the cache, which a failed parse
            // would fill from the whole load).
            let lazy = try #require(StandardLibrary.parseIndexed(entry), "\(name) does not parse from its indexed range")
            #expect(lazy.name == eager.name)
            #expect(lazy.parameters.map(\.name) == eager.parameters.map(\.name))
            #expect(lazy.parameters.map { $0.defaultValue.map { SourcePrinter.expr($0) } } == eager.parameters.map { $0.defaultValue.map { SourcePrinter.expr($0) } })
            #expect(lazy.parameters.map(\.span) == eager.parameters.map(\.span))
            #expect(SourcePrinter.expr(lazy.body) == SourcePrinter.expr(eager.body), "\(name)")
            #expect(lazy.body.span == eager.body.span)
            #expect(lazy.span == eager.span)
            #expect(lazy.definition == eager.definition)
            #expect(lazy.body.span.file === StandardLibrary.module(named: entry.module))
            #expect(lazy.doc?.summary == eager.doc?.summary && lazy.doc != nil, "\(name): its ## doc comment")
            // What an engine's table hands out is the same definition.
            #expect(Engine().env.functions[name]?.definition == eager.definition)
        }
    }

    /// The order in which prelude functions are first used changes nothing.
    @Test func orderOfFirstUseDoesNotMatter() throws {
        let calls = ["variance_pct(1100, 1000)", "pct_spent(750, 1000)", "rag(96, 100)", "gap_to_target(92, 95)",
                     "from [1, null, 3, 4] | summarize filled = completeness(value)", "from [3, 10, 4] | summarize spread = range(value)"]
        let forwards = try calls.map { try value(Engine(), $0) }
        let engine = Engine()
        let backwards = try calls.reversed().map { try value(engine, $0) }
        #expect(forwards == Array(backwards.reversed()))
        #expect(forwards == ["0.1", "0.75", "amber", "3", "0.75", "7"])
        // Two in one statement, and one used before and after another in one session.
        #expect(try value(Engine(), "variance(1639.8, 1500) + gap_to_target(92, 95)") == "142.8")
        let session = Engine()
        session.keepsDefinitions = true
        #expect(try value(session, "target_met(12, 15, higher_is_better = false)") == "true")
        #expect(try value(session, "direction_of_travel(62.7, 60)") == "maintaining")
        #expect(try value(session, "target_met(16, 15, higher_is_better = false)") == "false")
    }

    /// A definition of the user's shadows the prelude's (before or after the prelude's was
    /// first used), for the run or, in a session, until it ends; removing one hides it.
    @Test func shadowingAndRemoving() throws {
        let engine = Engine()
        #expect(try value(engine, "rag(96, 100)") == "amber")
        #expect(try value(engine, "fn rag(a, b) = \"mine\"\nrag(96, 100)") == "mine")
        #expect(try value(engine, "rag(96, 100)") == "amber")
        let fresh = Engine()
        #expect(try value(fresh, "fn from_millions(x) = x\nfrom_millions(2)") == "2")
        #expect(try value(fresh, "from_millions(2)") == "2000000")

        let session = Engine()
        session.keepsDefinitions = true
        _ = try session.run("fn variance(a, b) = a * b")
        #expect(try value(session, "variance(3, 4)") == "12")
        #expect(try value(session, "help variance").contains("variance(a, b) = a * b"))
        #expect(session.env.functions.keys.filter { $0 == "variance" }.count == 1)

        let host = Engine()
        host.env.functions["variance"] = nil
        #expect(!host.env.functions.keys.contains("variance"))
        #expect(host.env.functions.keys.count == StandardLibrary.preludeFunctionNames.count - 1)
        #expect(try diagnostic(host, "variance(3, 1)").message == "unknown function `variance`")
        // Defining it again brings it back (the host's), removing that hides it again.
        host.env.functions["variance"] = try whole().functions["range"]
        #expect(host.env.functions["variance"]?.name == "range")
        host.env.functions["variance"] = nil
        #expect(host.env.functions["variance"] == nil)
        #expect(try value(host, "variance_pct(1100, 1000)") == "0.1")
    }

    /// Hints and listings see every prelude name without any of them having been used.
    @Test func hintsAndListingsSeeEveryName() throws {
        let d = try diagnostic(Engine(), "varience(1639.8, 1500)")
        #expect(d.message == "unknown function `varience`")
        #expect(d.hints.contains("did you mean `variance`?"))
        #expect(try diagnostic(Engine(), "direction_of_travl(1, 2)").hints.contains("did you mean `direction_of_travel`?"))
        #expect(try value(Engine(), "help gap_to_targt").contains("did you mean `gap_to_target`?"))
        let overview = try value(Engine(), "help")
        for name in try whole().functions.keys { #expect(overview.contains(name), "help lists \(name)") }
        #expect(Engine().env.functions.keys.sorted() == (try whole().functions.keys.sorted()))
        #expect(FunctionDocs.planqEntries(Engine().env.functions).map(\.name) == FunctionDocs.planqEntries(try whole().functions).map(\.name))
        #expect(try value(Engine(), "help per_head").contains("defined in: stdlib/prelude.planq"))
    }

    /// An error inside a prelude function still names its stdlib file and the line.
    @Test func errorsPointAtTheStdlibLine() throws {
        let file = try #require(StandardLibrary.module(named: "performance"))
        let line = try #require(file.text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("fn gap_to_target(") }) + 1
        let d = try diagnostic(Engine(), "gap_to_target(\"a\", 95)")
        #expect(d.message == "gap_to_target(actual, target, higher_is_better = true): cannot apply `-` to int and text")
        #expect(d.span?.text == "gap_to_target(\"a\", 95)")
        #expect(d.hints.contains("where: `target - actual` in `gap_to_target`'s definition (stdlib/performance.planq:\(line))"))
    }

    /// Built-ins are made on first use; a host's changes stay with its engine and its runs.
    @Test func builtinsAreSharedUntilAHostShapesThem() throws {
        let shaped = Engine()
        #expect(shaped.env.shapedRegistry == nil)
        #expect(shaped.functionNames == FunctionRegistry.builtins.order)
        shaped.removeFunction("median")
        #expect(shaped.env.shapedRegistry != nil)
        #expect(try diagnostic(shaped, "from [1, 2] | summarize m = median(value)").message == "unknown function `median`")
        #expect(try value(Engine(), "from [1, 2, 3] | summarize m = median(value)") == "2")
        #expect(!shaped.functionNames.contains("median"))
        #expect(Engine().functionNames.contains("median"))
    }

    /// The index generator: imports followed in order, a later definition replaces an earlier
    /// one, a cycle stops, and anything but `fn` and `import` makes the prelude load whole.
    @Test func theIndexGenerator() throws {
        func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
        let index = try PreludeIndex.generate([
            (name: "a.planq", bytes: bytes("import \"prelude\"\nfn f(x) = 1\n")),
            (name: "prelude.planq", bytes: bytes("import \"a\"\nfn f(x) = 2\nfn g() = 3\n")),
        ])
        #expect(index.contains("\"stdlib/prelude.planq\",\n        \"stdlib/a.planq\","))
        #expect(index.contains("(\"f\", \"prelude\", 11, 22),\n        (\"g\", \"prelude\", 23, 33),"))
        #expect(!index.contains("\"a\", 17"))
        #expect(index.contains("preludeIsOnlyFunctions = true"))
        let withLet = try PreludeIndex.generate([(name: "prelude.planq", bytes: bytes("let k = 1\nfn f(x) = k\n"))])
        #expect(withLet.contains("preludeIsOnlyFunctions = false"))
        #expect(throws: EmbeddedSources.Failure.self) {
            try PreludeIndex.generate([(name: "prelude.planq", bytes: bytes("import \"nowhere\"\n"))])
        }
    }
}
