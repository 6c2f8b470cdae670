@testable import BundledPlanData
import Foundation
import Synchronization
import Testing
@testable import PlanQuery

/// The standard library (`stdlib/*.planq`) and the bundled dataset (`examples/data/*.csv`)
/// are compiled in as generated Swift string literals. These tests regenerate that Swift from
/// the files and fail when the committed copy differs; `PLANQ_BLESS=1 swift test --filter
/// BundledSources` rewrites it. They also compare what the built library holds with the
/// files, byte for byte, which checks the literal escaping.
@Suite("BundledSources")
struct BundledSourcesTests {
    struct Folder: Sendable, CustomStringConvertible {
        /// Where the files are, and which of them are embedded.
        var source: String
        var fileExtension: String
        /// Where the generated Swift goes, and the type it extends.
        var generated: String
        var typeName: String
        var description: String { source }
    }

    static let folders = [
        Folder(source: "stdlib", fileExtension: "planq", generated: "Sources/PlanQuery/StandardLibrary/Generated", typeName: "StandardLibrary"),
        Folder(source: "examples/data", fileExtension: "csv", generated: "Sources/BundledPlanData/Generated", typeName: "BundledPlanData"),
    ]

    static func inputs(_ folder: Folder) throws -> [(name: String, bytes: [UInt8])] {
        let dir = Fixtures.packageRoot.appendingPathComponent(folder.source)
        return try Fixtures.files(in: dir, ext: folder.fileExtension).map { name in
            (name, Array(try Data(contentsOf: dir.appendingPathComponent(name))))
        }
    }

    @Test("generated Swift matches the files", arguments: folders)
    func generatedSourcesAreFresh(_ folder: Folder) throws {
        let inputs = try Self.inputs(folder)
        #expect(!inputs.isEmpty)
        var expected = try EmbeddedSources.generate(inputs, typeName: folder.typeName,
                                                     origin: "\(folder.source)/*.\(folder.fileExtension)")
        if folder.typeName == "StandardLibrary" { expected["PreludeIndex.swift"] = try PreludeIndex.generate(inputs) }
        let dir = Fixtures.packageRoot.appendingPathComponent(folder.generated)
        let committedNames = Set(Fixtures.files(in: dir, ext: "swift"))
        if Bless.isOn {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for (name, text) in expected {
                let url = dir.appendingPathComponent(name)
                if (try? String(contentsOf: url, encoding: .utf8)) != text { try text.write(to: url, atomically: true, encoding: .utf8) }
            }
            for stale in committedNames.subtracting(expected.keys) { try FileManager.default.removeItem(at: dir.appendingPathComponent(stale)) }
            return
        }
        let rerun = "\(folder.generated) is stale: run PLANQ_BLESS=1 swift test --filter BundledSources, then rebuild"
        #expect(committedNames == Set(expected.keys), "\(rerun)")
        for (name, text) in expected.sorted(by: { $0.key < $1.key }) {
            let committed = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(committed == text, "\(folder.generated)/\(name): \(rerun)")
        }
    }

    /// What was compiled in equals the files (when the generated Swift is fresh and built).
    @Test func compiledInStandardLibraryEqualsFiles() throws {
        let inputs = try Self.inputs(Self.folders[0])
        #expect(StandardLibrary.moduleNames == inputs.map { String($0.name.dropLast(".planq".count)) })
        for input in inputs {
            let module = try #require(StandardLibrary.module(named: input.name))
            #expect(module.bytes == input.bytes, "stdlib/\(input.name)")
            #expect(module.name == "stdlib/" + input.name)
        }
    }

    @Test func compiledInDataEqualsFiles() throws {
        let inputs = try Self.inputs(Self.folders[1])
        #expect(BundledPlanData.tableNames == inputs.map { String($0.name.dropLast(".csv".count)) })
        for input in inputs {
            let name = String(input.name.dropLast(".csv".count))
            #expect(BundledPlanData.csv(name).map { Array($0.utf8) } == input.bytes, "examples/data/\(input.name)")
        }
    }

    /// The escaping handles what a file could hold: quotes and hashes that would end a raw
    /// literal, backslashes, carriage returns, control and bidirectional characters.
    @Test func literalEscaping() throws {
        let text = "a\"\"\"#b \\#(x) \"## \\n\r\n\u{1}\t\u{202E}é£\n"
        let swift = try EmbeddedSources.literal(Array(text.utf8))
        #expect(swift.hasPrefix("###\"\"\"\n"))
        #expect(swift.contains("\\###r"))
        #expect(swift.contains("\\###u{1}"))
        #expect(swift.contains("\\###u{202E}"))
        #expect(swift.contains("\t") && swift.contains("é£"))
        #expect(throws: EmbeddedSources.Failure.self) { try EmbeddedSources.literal([0x61, 0xFF]) }
    }
}

/// Writes files as Swift: one source file per input holding a raw multi-line string literal
/// (`StaticString`, so the text stays in read-only data and costs nothing at start-up), and
/// `Files.swift` listing them by name.
enum EmbeddedSources {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func generate(_ inputs: [(name: String, bytes: [UInt8])], typeName: String, origin: String) throws -> [String: String] {
        let header = """
            // Generated from \(origin) by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
            // After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

            """
        var out: [String: String] = [:]
        var entries: [String] = []
        for input in inputs {
            let id = identifier(input.name)
            guard out[id + ".swift"] == nil, id != "Files" else { throw Failure(description: "two files map to \(id)") }
            let literal: String
            do { literal = try self.literal(input.bytes) } catch let e as Failure {
                throw Failure(description: "\(input.name): \(e.description)")
            }
            out[id + ".swift"] = header + """

                extension \(typeName) {
                    static let \(id): StaticString = \(literal)
                }

                """
            entries.append("        (\"\(input.name)\", \(id)),\n")
        }
        out["Files.swift"] = header + """

            extension \(typeName) {
                /// Each file's name and its text, exactly as in the file.
                static let files: [(name: String, text: StaticString)] = [
            \(entries.joined())    ]
            }

            """
        return out
    }

    /// `kpis.csv` → `kpis_csv`.
    static func identifier(_ name: String) -> String {
        let id = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        return id.first?.isNumber == true ? "_" + id : id
    }

    /// A raw multi-line literal whose value is exactly `bytes`: enough `#`s that nothing in the
    /// text ends the literal or starts an escape; carriage returns (which Swift would fold into
    /// line feeds), control and bidirectional-override characters written as escapes.
    static func literal(_ bytes: [UInt8]) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure(description: "not UTF-8") }
        var longestRun = 0
        var run = -1  // -1: not after `"` or `\`
        for b in bytes {
            if b == UInt8(ascii: "#"), run >= 0 {
                run += 1
                longestRun = max(longestRun, run)
            } else {
                run = (b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")) ? 0 : -1
            }
        }
        let hashes = String(repeating: "#", count: longestRun + 1)
        var body = ""
        body.reserveCapacity(bytes.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if scalar == "\n" || scalar == "\t" {
                body.unicodeScalars.append(scalar)
            } else if scalar == "\r" {
                body += "\\\(hashes)r"
            } else if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                body += "\\\(hashes)u{\(String(v, radix: 16, uppercase: true))}"
            } else {
                body.unicodeScalars.append(scalar)
            }
        }
        // The line breaks after the opening and before the closing delimiter are not part of
        // the value; the closing delimiter at column 0 strips no indentation.
        return "\(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)"
    }
}

/// Writes `PreludeIndex.swift`: what `import "stdlib/prelude"` loads, found by parsing the
/// files with planq's own parser and following the imports as `Engine.importModule` does for
/// a compiled-in module. The prelude's functions are then parsed one by one, by name, when
/// first used (see `StandardLibrary`); the index says where each `fn` statement is.
enum PreludeIndex {
    static func generate(_ inputs: [(name: String, bytes: [UInt8])]) throws -> String {
        var files: [String: SourceFile] = [:]
        for input in inputs {
            let bare = String(input.name.dropLast(".planq".count))
            files[bare] = SourceFile(name: "stdlib/" + input.name, text: String(decoding: input.bytes, as: UTF8.self))
        }
        var modules: [String] = []
        var functions: [(name: String, module: String, start: Int, end: Int)] = []
        var onlyFunctions = true
        func load(_ bare: String) throws {
            guard let file = files[bare] else { throw EmbeddedSources.Failure(description: "the prelude imports \"\(bare)\", not a module of stdlib/") }
            // Marked before it runs, as `importModule` does: an import cycle stops here.
            guard !modules.contains(file.name) else { return }
            modules.append(file.name)
            let (program, diagnostics) = Parser.parse(file)
            if let e = diagnostics.first(where: { $0.severity == .error }) { throw EmbeddedSources.Failure(description: e.render()) }
            for statement in program.statements {
                switch statement.kind {
                case .function(let name, _, _):
                    // A later definition replaces an earlier one, as loading does.
                    let entry = (name: name, module: bare, start: statement.span.start, end: statement.span.end)
                    if let i = functions.firstIndex(where: { $0.name == name }) { functions[i] = entry } else { functions.append(entry) }
                case .importModule(let path):
                    // Inside a standard-library module an import names another one (`import
                    // "general"`, `import "stdlib/general.planq"`).
                    var withExt = path.hasSuffix(".planq") ? path : path + ".planq"
                    if withExt.hasPrefix("stdlib/") { withExt.removeFirst("stdlib/".count) }
                    try load(String(withExt.dropLast(".planq".count)))
                default:
                    onlyFunctions = false
                }
            }
        }
        try load("prelude")
        let moduleLines = modules.map { "        \"\($0)\",\n" }.joined()
        let functionLines = functions.map { "        (\"\($0.name)\", \"\($0.module)\", \($0.start), \($0.end)),\n" }.joined()
        return """
            // Generated from stdlib/*.planq by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
            // After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

            extension StandardLibrary {
                /// The modules `import "stdlib/prelude"` loads, in the order it loads them.
                static let preludeModules: [String] = [
            \(moduleLines)    ]

                /// Each function the prelude defines (a name's last definition, as loading keeps it):
                /// the module and the byte range of its `fn` statement there, in definition order.
                static let preludeFunctions: [(name: String, module: String, start: Int, end: Int)] = [
            \(functionLines)    ]

                /// Whether the prelude only imports modules and defines functions; when it does more
                /// (a `let`, a query), every engine loads it whole at start.
                static let preludeIsOnlyFunctions = \(onlyFunctions)
            }

            """
    }
}

/// The bundled tables as an embedding host registers them (docs/embedding.md).
@Suite("Bundled plan data")
struct BundledPlanDataTests {
    @Test func tablesAreTypedAsTheFilesAre() throws {
        let engine = Engine()
        BundledPlanData.register(in: engine.catalog)
        let csvFiles = Fixtures.files(in: Fixtures.packageRoot.appendingPathComponent("examples/data"), ext: "csv")
        #expect(engine.catalog.names == csvFiles.map { String($0.dropLast(".csv".count)) })
        #expect(engine.catalog.names.contains("kpis") && engine.catalog.names.contains("budgets"))
        #expect(engine.catalog.origin(of: "kpis") == "bundled kpis.csv")
        let n = try engine.query("from kpis | summarize n = count()")
        let files = LocalFileSystem()
        let (onDisk, _) = try DataFiles.load(Fixtures.packageRoot.appendingPathComponent("examples/data/kpis.csv").path, files: files)
        #expect(n.columns[0][0] == .int(onDisk.rowCount))
        // The same schema as the file gets, the `*_text` columns kept as text.
        let bundled = try #require(try engine.table(named: "kpis"))
        #expect(bundled.schema.map(\.name) == onDisk.schema.map(\.name))
        #expect(bundled.schema.map(\.type) == onDisk.schema.map(\.type))
        #expect(bundled.schema.first { $0.name == "value_text" }?.type == .text)
        // The docs' example.
        #expect(try FunctionDocs.resultText(engine.run("rag(96, 100)")) == "amber")
    }

    /// Registered on first use (as the command line does): every access sees the tables, in
    /// the order an immediate registration gives, from any thread, and a run naming no table
    /// makes no entry.
    @Test func registeredOnFirstUse() throws {
        let catalog = Catalog()
        BundledPlanData.registerOnFirstUse(in: catalog)
        let engine = Engine(catalog: catalog)
        #expect(try FunctionDocs.resultText(engine.run("1 + 1")) == "2")
        catalog.register(Table(schema: [], columns: [], rowCount: 0), as: "later")
        #expect(catalog.names == BundledPlanData.tableNames + ["later"])
        #expect(try engine.query("from kpis | summarize n = count()").rowCount == 1)

        let shared = Catalog()
        BundledPlanData.registerOnFirstUse(in: shared)
        let seen = Mutex<[[String]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            let names = i % 2 == 0 ? shared.names : (shared.contains("kpis") ? shared.names : [])
            seen.withLock { $0.append(names) }
        }
        #expect(seen.withLock { $0 }.allSatisfy { $0 == BundledPlanData.tableNames })
        #expect(Catalog().names.isEmpty)
    }

    /// Registering parses nothing; a query parses the tables it names, once.
    @Test func aTableIsParsedWhenFirstNamedAndOnce() throws {
        let sources = BundledPlanData.sources()
        let catalog = Catalog()
        for s in sources { catalog.register(s, as: s.name) }
        let engine = Engine(catalog: catalog)
        func parses() -> [String: Int] {
            Dictionary(uniqueKeysWithValues: sources.map { ($0.name, $0.parses.load(ordering: .relaxed)) })
        }
        #expect(parses().values.allSatisfy { $0 == 0 })
        _ = try engine.query("from kpis | take 1")
        _ = try engine.query("from kpis | summarize n = count()")
        var expected = Dictionary(uniqueKeysWithValues: sources.map { ($0.name, 0) })
        expected["kpis"] = 1
        #expect(parses() == expected)
    }
}
