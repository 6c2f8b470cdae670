import Foundation
import PlanQuery

/// One CLI or REPL session: the engine, where data comes from, and how results are printed.
final class Session {
    let engine = Engine()
    var format: OutputFormat
    var grid = GridRenderer()
    /// Where results go (`.output FILE` redirects); nil is standard output.
    var output: FileHandle? = nil
    var lastTable: Table? = nil

    init(format: OutputFormat) {
        self.format = format
        if Terminal.stdoutIsTerminal {
            grid.totalWidth = Terminal.width
            grid.color = Terminal.useColor
        }
        engine.onWarning = { d in Terminal.error(d.render()) }
        if let stdlib = Locations.stdlibDirectory { engine.env.modulePaths = [stdlib] }
    }

    /// Registers `--data` paths, or the bundled plan data when none are given. Returns an exit status.
    func setUp(dataPaths: [String]) -> Int32 {
        if dataPaths.isEmpty {
            if let dir = Locations.bundledDataDirectory { _ = DataPaths.registerDirectory(dir, in: engine.catalog) }
        } else {
            for path in dataPaths {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    Terminal.error("planq: --data \(path): no such file or folder")
                    return ExitStatus.inputMissing
                }
                if isDir.boolValue {
                    let n = DataPaths.registerDirectory(path, in: engine.catalog)
                    if n == 0 { Terminal.error("planq: --data \(path): no CSV, TSV, JSON or JSONL files in this folder") }
                } else {
                    DataPaths.registerFile(path, in: engine.catalog)
                }
            }
        }
        loadPrelude()
        return 0
    }

    /// The planq-written part of the standard library, if it is installed.
    func loadPrelude() {
        guard let dir = Locations.stdlibDirectory else { return }
        let path = dir + "/prelude.planq"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        do { try engine.loadModule(SourceFile(name: path, text: text)) } catch {
            Terminal.error("planq: the standard library failed to load:\n\(error)")
        }
    }

    func emit(_ s: String) {
        if let output { output.write(Data(s.utf8)) } else { Terminal.write(s) }
    }

    /// Runs a whole script; prints results as they come and errors to standard error.
    func runScript(_ source: SourceFile) -> Int32 {
        var printer = OutputPrinter(format: format, grid: grid)
        do {
            try engine.run(source) { o in
                if case .table(let t) = o { lastTable = t }
                emit(printer.render(o))
            }
            return 0
        } catch let e as PlanQueryError {
            for d in e.diagnostics { Terminal.error(d.render()) }
            return ExitStatus.code(for: e.diagnostics)
        } catch let d as Diagnostic {
            Terminal.error(d.render())
            return ExitStatus.code(for: [d])
        } catch {
            Terminal.error("planq: \(error)")
            return ExitStatus.failure
        }
    }
}

/// Finds the bundled data and the standard library: $PLANQ_HOME, else the folder holding the
/// executable or one of its parents (a checkout's `.build/release/planq`), else the working directory.
enum Locations {
    static var home: String? {
        if let h = ProcessInfo.processInfo.environment["PLANQ_HOME"], !h.isEmpty { return h }
        let fm = FileManager.default
        var candidates: [URL] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            for _ in 0..<6 { candidates.append(dir); dir = dir.deletingLastPathComponent() }
        }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        for c in candidates where fm.fileExists(atPath: c.appendingPathComponent("stdlib").path)
            && fm.fileExists(atPath: c.appendingPathComponent("examples/data").path) {
            return c.path
        }
        return nil
    }

    static var bundledDataDirectory: String? { home.map { $0 + "/examples/data" } }
    static var stdlibDirectory: String? { home.map { $0 + "/stdlib" } }
}

/// Data files and folders on disk → catalog tables, loaded on first use.
enum DataPaths {
    static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    static func registerFile(_ path: String, in catalog: Catalog) {
        catalog.registerLazy(stem(path), source: path) { try DataFiles.load(path) }
    }

    @discardableResult
    static func registerDirectory(_ dir: String, in catalog: Catalog) -> Int {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        var n = 0
        for f in files where DataFiles.tabularExtensions.contains(DataFiles.fileExtension(f)) {
            registerFile(dir + "/" + f, in: catalog)
            n += 1
        }
        return n
    }
}
