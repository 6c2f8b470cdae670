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
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planq-stdlib-\(UUID().uuidString)")
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
