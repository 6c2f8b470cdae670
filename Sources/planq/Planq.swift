import ArgumentParser
import Foundation
import PlanQuery
import PlanQueryExcel
import PlanqShell
import PlanQueryEngines
import PlanQuerySQL

@main
struct Planq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planq",
        abstract: "Query and report on public-sector plan data.",
        discussion: """
            planq -c 'QUERY'        run a query and print its result
            planq FILE.planq        run a report script
            planq FILE.planq -o report.html   write it as HTML (or .md, .pdf, .csv, .xlsx, ...)
            planq                   open the REPL (or read a script from standard input)
            planq import DOC...     extract the tables of plan documents
            planq sql -c 'QUERY'    print the SQL a query lowers to (--dialect)
            planq push --engine E   load the plan data into an SQL engine
            planq --engine E ...    run queries and scripts on that engine
            """,
        version: "planq \(Engine.version) (commit \(gitCommit))",
        subcommands: [RunCommand.self, ImportCommand.self, SQLCommand.self, PushCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Start-up is part of every `planq -c`: ArgumentParser's reflection costs about two
    /// thirds of a trivial run (measured with callgrind), so the plain forms
    /// (`-c`, a script, `--format`, `--data`, `--param`) are read here directly. Anything
    /// else — help, `import`, a mistake needing a usage message — goes to ArgumentParser.
    ///
    /// Everything runs on a thread with a large stack (`withQueryStack`), so queries nested up
    /// to planq's limits run in any build, not only in a release build.
    static func main() {
        #if canImport(Glibc)
        // glibc hands freed blocks of a few hundred KiB back to the system at once and takes
        // them again for the next part of a streamed file: a page fault per page, a third of
        // the time of a streamed join. Blocks under 32 MiB stay in the heap.
        _ = glibcMallopt(-3 /* M_MMAP_THRESHOLD */, 32 << 20)
        _ = glibcMallopt(-1 /* M_TRIM_THRESHOLD */, 128 << 20)
        #endif
        Excel.register()
        withQueryStack {
            if let request = RunRequest(quickArguments: Array(CommandLine.arguments.dropFirst())) {
                Foundation.exit(request.execute())
            }
            Planq.main(nil)
        }
    }
}

#if canImport(Glibc)
/// glibc's `mallopt` (malloc.h is not in the Glibc module).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

extension OutputFormat: ExpressibleByArgument {}

extension Planq {
    /// Each result table a sheet, named after the table it came from (else `Result N`).
    static func workbookWriter(_ tables: [Table]) throws -> [UInt8] {
        try Workbooks.write(tables.enumerated().map { k, t in (name: t.schema.first?.qualifier ?? "Result \(k + 1)", table: t) })
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a query (-c), a script file, or the REPL (the default command)."
    )

    @Option(name: .customShort("c"), help: "Run this query and print its result.")
    var command: String?

    @Argument(help: "A planq script to run.")
    var file: String?

    @Option(help: "Output format: table, csv, tsv, json, jsonl, markdown, line, html, or (with -o) pdf, xlsx.")
    var format: String?

    @Option(name: .customShort("o"), help: ArgumentHelp("Write the results to this file, in the format its extension names (.csv, .tsv, .json, .jsonl, .md, .html, .pdf: the whole report; .xlsx: each table a sheet) unless --format says otherwise.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Load a data file (CSV, TSV, JSON, JSONL, XLSX) as a table named after its file stem (a workbook's sheets also as stem.sheet), or every supported file in a folder. Repeatable; when given, the bundled plan data is not loaded.", valueName: "path"))
    var data: [String] = []

    @Option(help: ArgumentHelp("Set a script parameter, e.g. --param year=FY2009/10. Repeatable.", valueName: "name=value"))
    var param: [String] = []

    @Option(name: .customLong("allow-read"), help: ArgumentHelp("Let queries read files only inside this folder (and the --data files). Repeatable.", valueName: "dir"))
    var allowRead: [String] = []

    @Flag(name: .customLong("no-files"), help: "Queries read no files (the --data tables and the bundled data stay available).")
    var noFiles = false

    @Option(name: .customLong("max-rows"), help: ArgumentHelp("Stop a query when any table in it would pass N rows.", valueName: "N"))
    var maxRows: String?

    @Option(name: .customLong("max-memory"), help: ArgumentHelp("Stop a query when a table, join or text would need more than SIZE (e.g. 512M, 2G).", valueName: "size"))
    var maxMemory: String?

    @Option(help: ArgumentHelp("Stop a query that runs longer than this many seconds.", valueName: "seconds"))
    var timeout: String?

    @Option(help: ArgumentHelp("Where queries run: local (planq itself, the default), sqlite, duckdb, postgres or spark (tables loaded with `planq push`).", valueName: "engine"))
    var engine: String = "local"

    @Option(help: ArgumentHelp("The engine's database: a SQLite or DuckDB file, a PostgreSQL URL (default: the PG* variables), a Spark warehouse folder.", valueName: "db"))
    var db: String?

    mutating func validate() throws {
        if let format, format != "xlsx", OutputFormat(rawValue: format) == nil {
            throw ValidationError("unknown --format '\(format)': table, csv, tsv, json, jsonl, markdown or xlsx")
        }
        if command != nil && file != nil {
            throw ValidationError("give either -c QUERY or a script file, not both")
        }
        if engine != "local" && SQLDialect(rawValue: engine) == nil {
            throw ValidationError("--engine must be local, sqlite, duckdb, postgres or spark")
        }
        for p in param where !p.contains("=") {
            throw ValidationError("--param needs name=value, got '\(p)'")
        }
        if let problem = request.limitProblem { throw ValidationError(problem) }
        if let format, format != "xlsx", FileFormat.named(format) == nil {
            throw ValidationError("unknown --format '\(format)'; formats: " + (FileFormat.names + ["xlsx"]).joined(separator: ", "))
        }
        if format == nil, let output, !RunRequest.knowsExtension(of: output) {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; give --format (" + (FileFormat.names + ["xlsx"]).joined(separator: ", ") + ")")
        }
    }

    var request: RunRequest {
        var r = RunRequest(command: command, file: file, format: .table, data: data, param: param)
        r.outputPath = output
        if let format { r.choose(format: format) }
        r.allowRead = allowRead
        r.noFiles = noFiles
        r.maxRows = maxRows
        r.maxMemory = maxMemory
        r.timeout = timeout
        r.engine = SQLDialect(rawValue: engine)
        r.database = db
        return r
    }

    func run() throws {
        let code = request.execute()
        if code != 0 { throw ExitCode(code) }
    }
}

/// What `planq [-c QUERY | FILE] [--format F] [--data P]... [--param k=v]... [policy and
/// limits]` asks for.
struct RunRequest {
    var command: String?
    var file: String?
    var format: OutputFormat = .table
    var data: [String] = []
    var param: [String] = []
    var allowRead: [String] = []
    var noFiles = false
    /// The limits as given (checked by `limitProblem`, read by `limits`).
    var maxRows: String?
    var maxMemory: String?
    var timeout: String?
    /// `-o FILE`: where results go instead of standard output.
    var outputPath: String?
    /// `--format xlsx`: table results become the sheets of a workbook written to `-o FILE`.
    var workbook = false
    /// `--format pdf` (a file format with no text stream).
    var fileFormatName: String?
    /// `--engine`: run on this SQL engine instead of planq's own; `--db`: where it is.
    var engine: SQLDialect? = nil
    var database: String? = nil

    mutating func choose(format name: String) {
        if name == "xlsx" { workbook = true } else if let f = OutputFormat(rawValue: name) { format = f } else { fileFormatName = name }
    }

    static func knowsExtension(of path: String) -> Bool {
        FileFormat.forPath(path) != nil || URL(fileURLWithPath: path).pathExtension.lowercased() == "xlsx"
    }

    /// A report written whole (HTML, Markdown, PDF) goes through the document renderers, so
    /// titles, sections, charts and the HTML page come out as one document; other `-o` files
    /// are `.output FILE` (a stream of results, or an Excel workbook).
    var document: FileFormat? {
        if let fileFormatName { return FileFormat.named(fileFormatName) }
        guard let outputPath else { return nil }
        let wanted = workbook ? nil : (format != .table ? FileFormat.named(format.rawValue) : FileFormat.forPath(outputPath))
        guard let wanted, ["html", "markdown", "pdf"].contains(wanted.name) else { return nil }
        return wanted
    }

    init(command: String?, file: String?, format: OutputFormat, data: [String], param: [String]) {
        self.command = command
        self.file = file
        self.format = format
        self.data = data
        self.param = param
    }

    /// The common, well-formed argument lists; nil for anything ArgumentParser should see.
    init?(quickArguments args: [String]) {
        var i = 0
        func value() -> String? {
            i += 1
            return i < args.count ? args[i] : nil
        }
        while i < args.count {
            let a = args[i]
            switch a {
            case "-c": guard command == nil, let v = value() else { return nil }; command = v
            case "--format": guard let v = value(), v == "xlsx" || FileFormat.named(v) != nil else { return nil }; choose(format: v)
            case "-o": guard outputPath == nil, let v = value() else { return nil }; outputPath = v
            case "--data": guard let v = value() else { return nil }; data.append(v)
            case "--param": guard let v = value(), v.contains("=") else { return nil }; param.append(v)
            case "--allow-read": guard let v = value() else { return nil }; allowRead.append(v)
            case "--no-files": noFiles = true
            case "--max-rows": guard let v = value() else { return nil }; maxRows = v
            case "--max-memory": guard let v = value() else { return nil }; maxMemory = v
            case "--timeout": guard let v = value() else { return nil }; timeout = v
            case "--engine":
                guard let v = value() else { return nil }
                if v != "local" { guard let d = SQLDialect(rawValue: v) else { return nil }; engine = d }
            case "--db": guard let v = value() else { return nil }; database = v
            default:
                // A lone positional is a script; subcommands and options go to ArgumentParser.
                if a.hasPrefix("-") || ["import", "run", "help", "sql", "push"].contains(a) || file != nil { return nil }
                file = a
            }
            i += 1
        }
        // A mistake gets ArgumentParser's usage message.
        if command != nil && file != nil || limitProblem != nil { return nil }
        // An -o file whose extension names no format gets ArgumentParser's usage message.
        if fileFormatName == nil, !workbook, format == .table, let outputPath, !RunRequest.knowsExtension(of: outputPath) { return nil }
    }

    /// What is wrong with the limits as given, for a usage message; nil when they read well.
    var limitProblem: String? {
        if let maxRows, CommandLimits.count(maxRows) == nil { return "--max-rows needs a whole number of rows, got '\(maxRows)'" }
        if let maxMemory, CommandLimits.bytes(maxMemory) == nil {
            return "--max-memory needs a size such as 512M or 2G, got '\(maxMemory)'"
        }
        if let timeout, CommandLimits.duration(timeout) == nil { return "--timeout needs a number of seconds, got '\(timeout)'" }
        return nil
    }

    var limits: Limits {
        Limits(maxRows: maxRows.flatMap(CommandLimits.count), maxMemory: maxMemory.flatMap(CommandLimits.bytes),
               timeout: timeout.flatMap(CommandLimits.duration))
    }

    /// The command line reads any file the user can, unless `--allow-read` or `--no-files`
    /// narrows it; the files the command line itself registers (`--data`, `$PLANQ_HOME`'s
    /// data and standard library) stay readable. The bundled data and the standard library
    /// compiled into planq are not files.
    func filePolicy(home: Locations) -> FilePolicy {
        guard noFiles || !allowRead.isEmpty else { return .unrestricted }
        let own = data + [home.dataDirectory, home.stdlibDirectory].compactMap { $0 }
        return .directories((noFiles ? [] : allowRead) + own)
    }

    func execute() -> Int32 {
        if workbook, outputPath == nil {
            Terminal.error("planq: --format xlsx writes a workbook: give the file with -o FILE.xlsx")
            return ExitStatus.usage
        }
        if let fileFormatName, outputPath == nil {
            Terminal.error("planq: --format \(fileFormatName) writes a file: give -o FILE.\(fileFormatName)")
            return ExitStatus.usage
        }
        let home = Locations.fromEnvironment
        let session = Session(format: format, files: filePolicy(home: home), home: home)
        session.engine.limits = limits
        for p in param {
            let parts = p.split(separator: "=", maxSplits: 1)
            session.engine.parameters[String(parts[0])] = .text(parts.count > 1 ? String(parts[1]) : "")
        }
        let status = session.setUp(dataPaths: data)
        if status != 0 { return status }
        if let engine {
            let backend = SQLBackend(client: EngineClients.make(engine, EngineConnection(database: database)))
            do { try backend.attach(to: session.engine) } catch let e as PlanQueryError {
                for d in e.diagnostics { Terminal.error(d.render()) }
                return ExitStatus.code(for: e.diagnostics)
            } catch {
                Terminal.error("planq: \(error)")
                return ExitStatus.failure
            }
        }

        // Writers for files written whole (`.once book.xlsx`, `.open-result`) plug in here as
        // the library gains them; the session makes the table when a file is first written.
        session.makeDocumentWriters = {
            let html: DocumentWriter = { tables in Array(Rendering.render(tables.map { .table($0) }, as: .html).utf8) }
            return ["xlsx": Planq.workbookWriter, "html": html, "htm": html,
                    "pdf": { tables in try PDFWriter.pdf(html: Rendering.render(tables.map { .table($0) }, as: .html)) }]
        }
        let text: String, name: String
        if let command {
            (text, name) = (command, "<command>")
        } else if let file {
            guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
                Terminal.error("planq: cannot read \(file): no such file or not readable")
                return ExitStatus.inputMissing
            }
            (text, name) = (contents, file)
        } else if isatty(STDIN_FILENO) != 0 {
            return REPL(session: session, reader: makeLineReader()).run()
        } else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            (text, name) = (String(decoding: data, as: UTF8.self), "<stdin>")
        }
        if let document, let outputPath {
            // A file gets no terminal colour or width.
            session.grid = GridRenderer()
            return session.writeScript(SourceFile(name: name, text: text), as: document, to: outputPath)
        }
        // Scripts, -c and standard input take meta-commands too (`echo .tables | planq`).
        let repl = REPL(session: session, reader: NoInputReader())
        // `-o FILE`: as `.output FILE` (its extension picks the format); `--format xlsx` makes it a workbook.
        if let outputPath {
            if workbook { session.documentOutput = DocumentOutput(path: outputPath, writer: Planq.workbookWriter) }
            else { repl.setOutput(outputPath) }
        }
        let result = repl.runScript(text, name: name)
        if outputPath != nil { repl.closeOutput() }
        return result
    }
}

/// Reading the limits given on the command line.
enum CommandLimits {
    static func count(_ text: String) -> Int? {
        guard let n = Int(text.replacingOccurrences(of: "_", with: "")), n >= 0 else { return nil }
        return n
    }

    /// `1048576`, `512K`, `512M`, `2G`, `2GB`, `2GiB` (binary units: 1K = 1024 bytes).
    static func bytes(_ text: String) -> Int? {
        var t = text.uppercased()
        for suffix in ["IB", "B"] where t.hasSuffix(suffix) && t.count > suffix.count { t.removeLast(suffix.count); break }
        var shift = 0
        if let last = t.last, let s = ["K": 10, "M": 20, "G": 30, "T": 40][String(last)] { shift = s; t.removeLast() }
        guard let n = Double(t), n >= 0, n.isFinite else { return nil }
        let bytes = n * Double(1 << shift)
        return bytes < Double(Int.max) ? Int(bytes) : nil
    }

    static func duration(_ text: String) -> Duration? {
        guard let s = Double(text.hasSuffix("s") ? String(text.dropLast()) : text), s > 0, s.isFinite, s < 1e9 else { return nil }
        return .milliseconds(Int64((s * 1000).rounded(.up)))
    }
}
