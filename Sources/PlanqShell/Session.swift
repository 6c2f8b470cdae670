import Foundation
import PlanQuery

/// One CLI or REPL session: the engine, where data comes from, and how results are printed.
public final class Session {
    public let engine = Engine()
    public var format: OutputFormat
    public var grid = GridRenderer()
    /// Where results go (`.output FILE` redirects); nil is standard output.
    public var output: FileHandle? = nil
    public var lastTable: Table? = nil
    /// Standard output and standard error; tests capture them.
    public var writeOut: (String) -> Void = { Terminal.write($0) }
    public var writeErr: (String) -> Void = { Terminal.error($0) }

    public init(format: OutputFormat) {
        self.format = format
        engine.onWarning = { [unowned self] d in self.writeErr(d.render()) }
        engine.env.fileLoader = { path in try DataFiles.load(path) }
        if let stdlib = Locations.stdlibDirectory { engine.env.modulePaths = [stdlib] }
    }

    /// Registers `--data` paths, or the bundled plan data when none are given. Returns an exit status.
    public func setUp(dataPaths: [String]) -> Int32 {
        if dataPaths.isEmpty {
            if let dir = Locations.bundledDataDirectory { _ = DataFiles.registerDirectory(dir, in: engine.catalog, lazy: true) }
        } else {
            for path in dataPaths {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    writeErr("planq: --data \(path): no such file or folder")
                    return ExitStatus.inputMissing
                }
                if isDir.boolValue {
                    let n = DataFiles.registerDirectory(path, in: engine.catalog, lazy: true)
                    if n == 0 { writeErr("planq: --data \(path): no CSV, TSV, JSON or JSONL files in this folder") }
                } else {
                    DataFiles.registerFile(path, in: engine.catalog, lazy: true)
                }
            }
        }
        loadPrelude()
        return 0
    }

    /// The planq-written part of the standard library, if it is installed.
    public func loadPrelude() {
        guard let dir = Locations.stdlibDirectory else { return }
        let path = dir + "/prelude.planq"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        do { try engine.loadModule(SourceFile(name: path, text: text)) } catch {
            writeErr("planq: the standard library failed to load:\n\(error)")
        }
    }

    public func emit(_ s: String) {
        if let output { output.write(Data(s.utf8)) } else { writeOut(s) }
    }

    public func print(_ o: Output, first: Bool) {
        switch o {
        case .table(let t):
            lastTable = t
            if !first, format == .table || format == .markdown { emit("\n") }
            emit(Rendering.render(t, as: format, grid: grid))
        case .value(let v, let f):
            emit(Rendering.render(v, f, as: format))
        case .message(let text):
            emit(text.hasSuffix("\n") ? text : text + "\n")
        }
    }

    /// Runs a whole script; prints results as they come and errors to standard error.
    public func runScript(_ source: SourceFile) -> Int32 {
        var first = true
        do {
            try engine.run(source) { o in
                print(o, first: first)
                first = false
            }
            return 0
        } catch let e as PlanQueryError {
            for d in e.diagnostics { writeErr(d.render()) }
            return ExitStatus.code(for: e.diagnostics)
        } catch let d as Diagnostic {
            writeErr(d.render())
            return ExitStatus.code(for: [d])
        } catch {
            writeErr("planq: \(error)")
            return ExitStatus.failure
        }
    }
}

/// Finds the bundled data and the standard library: $PLANQ_HOME, else the folder holding the
/// executable or one of its parents (a checkout's `.build/release/planq`), else the working directory.
public enum Locations {
    public static var home: String? {
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

    public static var bundledDataDirectory: String? { home.map { $0 + "/examples/data" } }
    public static var stdlibDirectory: String? { home.map { $0 + "/stdlib" } }
}

/// Data files on disk → catalog tables.
public enum DataFiles {
    public static let extensions: Set<String> = ["csv", "tsv", "tab", "json", "jsonl", "ndjson"]

    public static func load(_ path: String) throws -> Table {
        try Rendering.loadInterim(path: path)
    }

    public static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    public static func registerFile(_ path: String, in catalog: Catalog, lazy: Bool) {
        catalog.registerLazy(stem(path), source: path) { try load(path) }
    }

    @discardableResult
    public static func registerDirectory(_ dir: String, in catalog: Catalog, lazy: Bool) -> Int {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        var n = 0
        for f in files where extensions.contains(URL(fileURLWithPath: f).pathExtension.lowercased()) {
            registerFile(dir + "/" + f, in: catalog, lazy: lazy)
            n += 1
        }
        return n
    }
}
