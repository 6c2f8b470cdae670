import Foundation
import PlanQuery

/// One CLI or REPL session: the engine, where data comes from, and how results are printed.
public final class Session {
    /// The command line reads any file the user can (the host here is the user) unless
    /// `--allow-read`/`--no-files` say otherwise. A session keeps what each statement defines.
    public let engine: Engine
    public var format: OutputFormat
    public var grid = GridRenderer()
    /// Where results go (`.output FILE` redirects); nil is standard output.
    public var output: FileHandle? = nil
    public var lastTable: Table? = nil
    /// Standard output and standard error; tests capture them.
    public var writeOut: (String) -> Void = { Terminal.write($0) }
    public var writeErr: (String) -> Void = { Terminal.error($0) }

    public init(format: OutputFormat, files: FilePolicy = .unrestricted) {
        self.format = format
        engine = Engine(files: files)
        engine.keepsDefinitions = true
        if Terminal.stdoutIsTerminal {
            grid.totalWidth = Terminal.width
            grid.color = Terminal.useColor
        }
        engine.onWarning = { [weak self] d in self?.writeErr(d.render()) }
        if let stdlib = Locations.stdlibDirectory { engine.modulePaths = [stdlib] }
    }

    /// Registers `--data` paths, or the bundled plan data when none are given. Returns an exit status.
    public func setUp(dataPaths: [String]) -> Int32 {
        if dataPaths.isEmpty {
            if let dir = Locations.bundledDataDirectory {
                _ = DataPaths.registerDirectory(dir, in: engine.catalog, formats: PlanDatasetFormats.source)
            }
        } else {
            for path in dataPaths {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    writeErr("planq: --data \(path): no such file or folder")
                    return ExitStatus.inputMissing
                }
                if isDir.boolValue {
                    let n = DataPaths.registerDirectory(path, in: engine.catalog)
                    if n == 0 { writeErr("planq: --data \(path): no CSV, TSV, JSON or JSONL files in this folder") }
                } else {
                    DataPaths.registerFile(path, in: engine.catalog)
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

    /// Runs a whole script; prints results as they come and errors to standard error.
    /// HTML is written at the end, as one page.
    public func runScript(_ source: SourceFile) -> Int32 {
        var printer = OutputPrinter(format: format, grid: grid)
        printer.documentName = Session.documentName(source.name)
        printer.terminal.hiddenColumnsNote = { hidden, width in Session.hiddenColumnsNote(hidden, width: width) }
        let status = run(source) { emit(printer.render($0)) }
        if status == 0 { emit(printer.finish()) }
        return status
    }

    /// Runs a whole script and writes everything it produced to `path` in `file`'s format
    /// (`-o report.pdf`). Errors go to standard error; nothing is written after an error.
    public func writeScript(_ source: SourceFile, as file: FileFormat, to path: String) -> Int32 {
        var outputs: [Output] = []
        let status = run(source) { outputs.append($0) }
        guard status == 0 else { return status }
        do {
            try file.write(outputs, Session.documentName(source.name), path)
            return 0
        } catch {
            writeErr("planq: cannot write \(path): \(error)")
            return ExitStatus.failure
        }
    }

    /// Runs a script, handing each output to `handle` as it comes; reports errors. Returns an exit status.
    func run(_ source: SourceFile, handle: (Output) -> Void) -> Int32 {
        do {
            try engine.run(source) { o in
                if let t = o.table { lastTable = t }
                handle(o)
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

    /// A page name for a script: its file name without folders or `.planq`.
    static func documentName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".planq") ? String(file.dropLast(6)) : file
    }
}

extension Session {
    /// On a screen (`grid.totalWidth` set), a table too wide to fit even with its text columns
    /// cut down keeps the columns on the left that fit; the others are named in a note
    /// (`.last` or `select` shows them).
    public static func fitColumns(_ t: Table, grid: GridRenderer) -> (shown: Table, hidden: [String]) {
        grid.fitColumns(t)
    }

    static func hiddenColumnsNote(_ hidden: [String], width: Int?) -> String {
        var note = "… \(hidden.count) more column\(hidden.count == 1 ? "" : "s") (.last shows all): "
            + hidden.joined(separator: ", ")
        // A long list of names is cut to the screen; on a very narrow screen it wraps.
        if let width, width >= 40, note.count > width { note = String(note.prefix(width - 1)) + "…" }
        return note + "\n"
    }
}

/// Finds the bundled data and the standard library: $PLANQ_HOME, else the folder holding the
/// executable or one of its parents (a checkout's `.build/release/planq`), else the working directory.
public enum Locations {
    public static let home: String? = {
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
    }()

    public static var bundledDataDirectory: String? { home.map { $0 + "/examples/data" } }
    public static var stdlibDirectory: String? { home.map { $0 + "/stdlib" } }
}

/// Data files and folders on disk → catalog tables, loaded on first use.
public enum DataPaths {
    public static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// `formats` wraps a known dataset's tables to show their display formats (the bundled
    /// plan data's £000s budgets).
    public static func registerFile(_ path: String, in catalog: Catalog,
                                    formats: @Sendable (any TableSource, String) -> any TableSource = { s, _ in s }) {
        let name = stem(path)
        catalog.register(formats(FileTableSource(path: path), name), as: name)
    }

    @discardableResult
    public static func registerDirectory(_ dir: String, in catalog: Catalog,
                                         formats: @Sendable (any TableSource, String) -> any TableSource = { s, _ in s }) -> Int {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        var n = 0
        for f in files where DataFiles.tabularExtensions.contains(DataFiles.fileExtension(f)) {
            registerFile(dir + "/" + f, in: catalog, formats: formats)
            n += 1
        }
        return n
    }
}
