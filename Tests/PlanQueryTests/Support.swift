import Foundation
import Testing
@testable import PlanQuery

/// The folder this test process's scratch files go in, removed when the process exits: the
/// tests write files (two 20 MB CSVs for the terminal tests alone) that were otherwise left in
/// the system's temporary folder after every run, about 100 MB a run.
let testScratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("planq-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { removeTestScratch() }
    return url
}()

private func removeTestScratch() { try? FileManager.default.removeItem(at: testScratch) }

/// Shared helpers: fixture paths, an engine wired like the CLI, output rendering.
enum Fixtures {
    static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    static let golden = root.appendingPathComponent("golden")
    static let goldenData = golden.appendingPathComponent("data")

    /// The package checkout (for examples/, stdlib/, grammar/).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static func files(in dir: URL, ext: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix("." + ext) }.sorted()
    }

    /// The folder holding the built `planq` executable (next to the test bundle's resources).
    static var productsDirectory: URL { Bundle.module.bundleURL.deletingLastPathComponent() }
}

/// `PLANQ_BLESS=1 swift test` rewrites every file a test compares against — golden outputs,
/// generated docs, the bundled dataset and its compiled-in copies — instead of failing on a
/// difference. Review the diff before committing it.
enum Bless {
    static var isOn: Bool { ProcessInfo.processInfo.environment["PLANQ_BLESS"] == "1" }
}

func makeEngine(dataDirectory: URL? = nil) -> Engine {
    // The standard library is the compiled-in copy (BundledSourcesTests keeps it equal to stdlib/).
    let engine = Engine(files: LocalFileSystem())
    if let dir = dataDirectory {
        for f in Fixtures.files(in: dir, ext: "csv") + Fixtures.files(in: dir, ext: "tsv") {
            let path = dir.appendingPathComponent(f).path
            let stem = String(f.dropLast(4))
            engine.registerFile(path, as: stem)
        }
    }
    return engine
}

/// Runs source and returns (stdout, stderr) as the CLI would print them: on a thread with the
/// CLI's stack (`withQueryStack`), so nesting limits behave as they do there in a debug build.
func runCapturing(_ engine: Engine, _ source: SourceFile, format: OutputFormat = .table) -> (out: String, err: String) {
    withQueryStack { runCapturingHere(engine, source, format: format) }
}

func runCapturingHere(_ engine: Engine, _ source: SourceFile, format: OutputFormat = .table) -> (out: String, err: String) {
    var out = "", err = ""
    var printer = OutputPrinter(format: format)
    engine.onWarning = { err += $0.render() + "\n" }
    do {
        try engine.run(source) { out += printer.render($0) }
    } catch let e as PlanQueryError {
        err += e.diagnostics.map { $0.render() + "\n" }.joined()
    } catch {
        err += "\(error)\n"
    }
    return (out, err)
}

func query(_ text: String, _ engine: Engine = makeEngine()) throws -> Table {
    try engine.query(text)
}

/// One-column result as text lines (display form), for compact assertions.
func column(_ text: String, _ engine: Engine = makeEngine()) throws -> [String] {
    let t = try engine.query(text)
    return (0..<t.rowCount).map { t.columns[0][$0].description }
}

func scalar(_ text: String, _ engine: Engine = makeEngine()) throws -> Value {
    let outputs = try engine.run(text)
    guard case .value(let v, _)? = outputs.last else { return .null }
    return v
}

func errorText(_ text: String, _ engine: Engine = makeEngine()) -> String {
    do {
        _ = try engine.run(text)
        return ""
    } catch let e as PlanQueryError {
        return e.diagnostics.map { $0.render() }.joined(separator: "\n")
    } catch {
        return "\(error)"
    }
}
