import BundledPlanData
import Foundation
import PlanQuery

/// One CLI or REPL session: the engine, where data comes from, and how results are printed.
package final class Session {
    /// The command line reads any file the user can (the host here is the user) unless
    /// `--allow-read`/`--no-files` say otherwise. A session keeps what each statement defines.
    package let engine: Engine
    package var format: OutputFormat
    package var grid = GridRenderer()
    /// Where results go (`.output FILE` redirects); nil is standard output.
    package var output: FileHandle? = nil
    /// The format of the `.output` file when its extension names one (`.once totals.csv`).
    package var fileFormat: OutputFormat? = nil
    /// Results collected for a file written whole at the end (`.output book.xlsx`).
    package var documentOutput: DocumentOutput? = nil
    /// Writers for file formats that are not text streams, by file extension (`xlsx`, `html`).
    /// The executable adds the ones it has; `.once FILE.EXT` and `.open-result` use them.
    /// Made by `makeDocumentWriters` when first asked for: a dictionary of closures is new
    /// generic metadata for the runtime to build (0.38 M instructions), which a run that
    /// writes no file (`planq -c '1 + 1'`) need not pay for.
    package lazy var documentWriters: [String: DocumentWriter] = makeDocumentWriters()
    /// What `documentWriters` starts as; the executable sets it before the first use.
    package var makeDocumentWriters: () -> [String: DocumentWriter] = { [:] }
    /// `.headers off` leaves out the header row of table, csv and tsv output.
    package var showHeaders = true
    /// `.nullvalue TEXT`: how a missing value looks in table and line output.
    package var nullText = GridRenderer.defaultNullText
    package var lastTable: Table? = nil
    /// Standard output and standard error; tests capture them.
    package var writeOut: (String) -> Void = { Terminal.write($0) }
    package var writeErr: (String) -> Void = { Terminal.error($0) }
    /// How a result reaches the screen; the REPL pages tall results and stops on Ctrl-C.
    package var present: ((String) -> Void)? = nil
    /// Whether the next output follows another in this statement (a blank line between tables).
    var printedSomething = false
    var previousWasTable = false
    /// Renders report blocks (title, sections, text, report tables, charts) through a run, so
    /// section numbers carry on from one block to the next.
    var reportPrinter: OutputPrinter? = nil
    /// `$PLANQ_HOME`'s folders, when it is set: they replace the compiled-in copies.
    let home: Locations

    package init(format: OutputFormat, files: FilePolicy = .unrestricted, home: Locations = .fromEnvironment) {
        self.format = format
        self.home = home
        // The compiled-in standard library, unless $PLANQ_HOME has its own `stdlib/`.
        engine = Engine(files: files, standardLibrary: home.stdlibDirectory == nil)
        engine.keepsDefinitions = true
        if Terminal.stdoutIsTerminal {
            grid.totalWidth = Terminal.width
            grid.color = Terminal.useColor
        }
        engine.onWarning = { [weak self] d in self?.writeErr(d.render()) }
        if let stdlib = home.stdlibDirectory { engine.modulePaths = [stdlib] }
    }

    /// Results go to the screen (no `.output` file).
    package var toScreen: Bool { output == nil && documentOutput == nil }

    /// The format results are written in: the `.output` file's, else the mode.
    package var effectiveFormat: OutputFormat { output != nil ? (fileFormat ?? format) : format }

    /// Registers `--data` paths, or the bundled plan data when none are given, and the
    /// standard library when `$PLANQ_HOME` replaces it. Returns an exit status.
    package func setUp(dataPaths: [String]) -> Int32 {
        if let problem = home.problem { writeErr("planq: " + problem) }
        if dataPaths.isEmpty {
            if let dir = home.dataDirectory {
                _ = DataPaths.registerDirectory(dir, in: engine, formats: PlanDatasetFormats.source)
            } else {
                BundledPlanData.registerOnFirstUse(in: engine.catalog)
            }
        } else {
            for path in dataPaths {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    writeErr("planq: --data \(path): no such file or folder")
                    return ExitStatus.inputMissing
                }
                if isDir.boolValue {
                    let n = DataPaths.registerDirectory(path, in: engine)
                    if n == 0 { writeErr("planq: --data \(path): no CSV, TSV, JSON, JSONL or XLSX files in this folder") }
                } else {
                    DataPaths.registerFile(path, in: engine)
                }
            }
        }
        return loadStandardLibrary()
    }

    /// The engine has the compiled-in standard library already; `$PLANQ_HOME/stdlib` replaces
    /// it with the files there (read through the engine's file policy, as `import` reads).
    func loadStandardLibrary() -> Int32 {
        if let error = StandardLibrary.startupError {
            writeErr("planq: the compiled-in standard library failed to load:\n\(error)")
            return ExitStatus.failure
        }
        guard let dir = home.stdlibDirectory else { return 0 }
        do {
            try engine.define("import \"stdlib/prelude\"", name: "<PLANQ_HOME>")
        } catch let e as PlanQueryError {
            writeErr("planq: the standard library in \(dir) ($PLANQ_HOME) failed to load:")
            for d in e.diagnostics { writeErr(d.render()) }
            return ExitStatus.code(for: e.diagnostics)
        } catch {
            writeErr("planq: the standard library in \(dir) ($PLANQ_HOME) failed to load: \(error)")
            return ExitStatus.failure
        }
        return 0
    }

    /// Text for wherever results go: the `.output` file, else the screen.
    package func emit(_ s: String) {
        if let output { output.write(Data(s.utf8)) }
        else if let present { present(s) }
        else { writeOut(s) }
    }

    /// A table rendered in `format`, without its header row when `.headers off` says so.
    package func rendered(_ t: Table, as format: OutputFormat, grid: GridRenderer) -> String {
        let text = Rendering.render(t, as: format, grid: grid)
        guard !showHeaders else { return text }
        let headerLines: Int
        switch format {
        case .table: headerLines = 2
        case .csv, .tsv: headerLines = t.schema.contains { $0.name.contains("\"") || $0.name.contains("\n") } ? 0 : 1
        case .markdown, .json, .jsonl, .line, .html: headerLines = 0
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst(min(headerLines, max(0, lines.count - 1)))
        return lines.joined(separator: "\n")
    }

    /// A result table to wherever results go: fitted to the screen (with a note naming the
    /// columns left out), whole into a file, or collected for a document.
    package func deliverTable(_ t: Table, grid: GridRenderer) {
        lastTable = t
        if let documentOutput {
            documentOutput.tables.append(t)
            return
        }
        let format = effectiveFormat
        let human = format == .table || format == .markdown || format == .line
        var text = human && printedSomething ? "\n" : ""
        if format == .table {
            let (shown, hidden) = Session.fitColumns(t, grid: grid)
            text += rendered(shown, as: .table, grid: grid)
            if !hidden.isEmpty { text += Session.hiddenColumnsNote(hidden, width: grid.totalWidth) }
        } else {
            text += rendered(t, as: format, grid: grid)
        }
        printedSomething = true
        previousWasTable = true
        emit(text)
    }

    /// A value or a message (`help`): as the printer lays them out.
    func deliver(_ o: Output) {
        if case .table(let t) = o { return deliverTable(t, grid: grid) }
        if case .report(let block) = o { return deliverReport(block) }
        let format = effectiveFormat
        let human = format == .table || format == .markdown || format == .line
        let gap = human && printedSomething && previousWasTable
        var printer = OutputPrinter(format: format, grid: grid)
        let text = (gap ? "\n" : "") + printer.render(o)
        printedSomething = true
        previousWasTable = false
        // A document (`.output book.xlsx`) holds tables; other output stays on the screen.
        if documentOutput != nil { (present ?? writeOut)(text) } else { emit(text) }
    }

    /// A report block: in the terminal and Markdown as it comes, a blank line before it except
    /// for a note or source under a table or chart; a document (`.output book.xlsx`) takes its tables.
    func deliverReport(_ block: ReportBlock) {
        if case .table(let r) = block, let documentOutput {
            lastTable = r.table
            documentOutput.tables.append(r.table)
            return
        }
        let format = effectiveFormat
        if reportPrinter?.format != format {
            reportPrinter = OutputPrinter(format: format, grid: grid)
            reportPrinter?.grid.nullText = nullText
        }
        var body = reportPrinter!.render(.report(block))
        while body.hasPrefix("\n") { body.removeFirst() }
        if case .table(let r) = block { lastTable = r.table }
        guard !body.isEmpty else { return }
        var footnote = false
        if case .note = block { footnote = true }
        if case .source = block { footnote = true }
        // Markdown needs a blank line between blocks (a note under a table would join it).
        let gap = format.isForPeople && printedSomething && !(footnote && previousWasTable && format != .markdown)
        printedSomething = true
        switch block {
        case .table, .chart: previousWasTable = true
        case .note, .source: break
        default: previousWasTable = false
        }
        let text = (gap ? "\n" : "") + body
        if documentOutput != nil { (present ?? writeOut)(text) } else { emit(text) }
    }

    /// Runs a whole script; prints results as they come and errors to standard error.
    /// HTML is one page, written at the end.
    package func runScript(_ source: SourceFile) -> Int32 {
        printedSomething = false
        previousWasTable = false
        if effectiveFormat == .html, documentOutput == nil {
            var outputs: [Output] = []
            let status = run(source) { outputs.append($0) }
            if status == 0 { emit(Rendering.render(outputs, as: .html, documentName: Session.documentName(source.name))) }
            return status
        }
        return run(source) { deliver($0) }
    }

    /// Runs a whole script and writes everything it produced to `path` in `file`'s format
    /// (`-o report.pdf`). Errors go to standard error; nothing is written after an error.
    package func writeScript(_ source: SourceFile, as file: FileFormat, to path: String) -> Int32 {
        var outputs: [Output] = []
        let status = run(source) { outputs.append($0) }
        guard status == 0 else { return status }
        warnUnclosedSections()
        do {
            try file.write(outputs, Session.documentName(source.name), path)
            return 0
        } catch {
            writeErr("planq: cannot write \(path): \(error)")
            return ExitStatus.failure
        }
    }

    /// At the end of a script: a warning for each section it left open (the engine keeps
    /// sections open from one piece of a script to the next, as at the prompt).
    package func warnUnclosedSections() {
        for d in engine.unclosedSectionWarnings() { writeErr(d.render()) }
    }

    /// A page name for a script: its file name without folders or `.planq`.
    static func documentName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".planq") ? String(file.dropLast(6)) : file
    }

    /// Runs a script, handing each output to `handle` as it comes; reports errors. Returns an exit status.
    func run(_ source: SourceFile, handle: (Output) -> Void) -> Int32 {
        do {
            try engine.run(source) { o in handle(o) }
            return 0
        } catch let e as PlanQueryError {
            let diagnostics = Session.withBackquoteHints(e.diagnostics, source: source.text, tables: engine.catalog.names)
            for d in diagnostics { writeErr(d.render()) }
            return ExitStatus.code(for: diagnostics)
        } catch let d as Diagnostic {
            writeErr(d.render())
            return ExitStatus.code(for: [d])
        } catch {
            writeErr("planq: \(error)")
            return ExitStatus.failure
        }
    }
}

/// Turns result tables into the bytes of a file that is written whole (a workbook, a page).
package typealias DocumentWriter = ([Table]) throws -> [UInt8]

/// `.output FILE.xlsx`: the tables collected until the file is closed.
package final class DocumentOutput {
    package let path: String
    package let writer: DocumentWriter
    package var tables: [Table] = []
    package init(path: String, writer: @escaping DocumentWriter) {
        self.path = path
        self.writer = writer
    }
}

extension Session {
    /// A table named after a file stem such as `seattle-weather` or `2019_budget` is not a plain
    /// name: written bare in a query it is a syntax error far from the point. When the query holds
    /// such a name without backquotes, the first error gets a hint with the backquoted form.
    static func withBackquoteHints(_ diagnostics: [Diagnostic], source: String, tables: [String]) -> [Diagnostic] {
        guard var first = diagnostics.first else { return diagnostics }
        for name in tables where !isPlainName(name) && source.contains(name) && !source.contains("`\(name)`") {
            first.hints.append("table names with a hyphen, a space or a leading digit go in backquotes: from `\(name)`")
            return [first] + diagnostics.dropFirst()
        }
        return diagnostics
    }

    static func isPlainName(_ name: String) -> Bool {
        guard let f = name.unicodeScalars.first, f == "_" || f.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// On a screen (`grid.totalWidth` set), a table too wide to fit even with its text columns
    /// cut down keeps the columns on the left that fit; the others are named in a note
    /// (`.last` or `select` shows them).
    package static func fitColumns(_ t: Table, grid: GridRenderer) -> (shown: Table, hidden: [String]) {
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

/// `$PLANQ_HOME`: a folder laid out like a planq checkout whose `stdlib/` and `examples/data/`
/// replace the standard library and the bundled data compiled into planq (to try a changed
/// standard library without rebuilding, or to make another dataset the default). Unset, planq
/// reads neither: both are compiled in.
package struct Locations: Sendable {
    /// `$PLANQ_HOME`, when set and not empty.
    package var root: String?
    package var stdlibDirectory: String?
    package var dataDirectory: String?
    /// Set when `$PLANQ_HOME` names a folder with neither.
    package var problem: String?

    package init(home: String?) {
        guard let home, !home.isEmpty else { return }
        root = home
        let files = LocalFileSystem(policy: .unrestricted)
        if files.fileExists(home + "/stdlib/prelude.planq") { stdlibDirectory = home + "/stdlib" }
        if files.isDirectory(home + "/examples/data") { dataDirectory = home + "/examples/data" }
        if stdlibDirectory == nil, dataDirectory == nil {
            problem = "PLANQ_HOME=\(home) has neither stdlib/prelude.planq nor examples/data/; using the compiled-in standard library and data"
        }
    }

    /// From the environment. `getenv` rather than Foundation's environment dictionary: this is
    /// on the path of every `planq -c`.
    package static var fromEnvironment: Locations {
        Locations(home: getenv("PLANQ_HOME").map { String(cString: $0) })
    }
}

/// Data files and folders on disk → catalog tables, loaded on first use.
package enum DataPaths {
    package static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Registers a file as a table named after its stem; what it reads goes through the
    /// engine's file policy. `formats` wraps a known dataset's tables to show their display
    /// formats (the bundled plan data's £000s budgets).
    package static func registerFile(_ path: String, in engine: Engine,
                                    formats: @Sendable (any TableSource, String) -> any TableSource = { s, _ in s }) {
        let catalog = engine.catalog
        let name = stem(path)
        catalog.register(formats(FileTableSource(path: path), name), as: name)
        // A workbook's sheets are tables too: `budget.Staff` (the stem alone is the first sheet).
        if TabularFormat.forPath(path) == .xlsx, let bytes = try? engine.env.files.read(path),
           let sheets = try? Workbooks.sheetNames(bytes, name: path) {
            for sheet in sheets {
                var options = ReadOptions()
                options.sheet = sheet
                catalog.register(FileTableSource(path: path, options: options), as: stem(path) + "." + sheet)
            }
        }
    }

    @discardableResult
    package static func registerDirectory(_ dir: String, in engine: Engine,
                                         formats: @Sendable (any TableSource, String) -> any TableSource = { s, _ in s }) -> Int {
        let files = engine.env.files.list(directory: dir)
        var n = 0
        for f in files where DataFiles.tabularExtensions.contains(DataFiles.fileExtension(f)) {
            registerFile(dir + "/" + f, in: engine, formats: formats)
            n += 1
        }
        return n
    }
}
