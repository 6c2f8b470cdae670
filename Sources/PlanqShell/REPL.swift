import Foundation
import PlanQuery

/// The interactive shell: reads statements through a `LineReader`, runs them in a `Session`,
/// and handles meta-commands (`.help`, `.tables`, `.mode`, …). See docs/repl.md.
public final class REPL {
    public static let version = "0.1.0"

    public let session: Session
    public let reader: LineReader
    public let completer: Completer

    public var prompt = "planq> "
    /// As wide as `prompt`, so continued lines line up with the first.
    public var continuationPrompt = "  ...> "
    /// Rows of a table shown in `table` mode before the "… N more rows" footer; nil shows all.
    public var maxRows: Int? = 40
    /// Width to fit tables into; nil is the terminal's width.
    public var maxWidth: Int? = nil
    public var timer = false
    public var terminalWidth: () -> Int? = { Terminal.width }
    public var useColor = Terminal.useColor
    /// Colour for errors and warnings: standard error is a terminal and NO_COLOR is not set.
    public var colorErrors = Terminal.stderrIsTerminal && !Terminal.noColorRequested
    /// Where `~` and the rc file are looked up; tests replace it.
    public var environment: [String: String]

    /// The last statement that ran without error: a line starting with `|` extends it.
    public private(set) var lastStatement: String?
    public private(set) var exitCode: Int32 = 0
    public private(set) var quitRequested = false
    private var outputPath: String?
    private var onceActive = false
    private var readDepth = 0
    private var chosenEditMode: String? = nil
    /// The reader's keys (what ~/.editrc chose), else what `.editmode` last asked for.
    private var editMode: String { reader.editMode ?? chosenEditMode ?? "emacs" }

    public init(session: Session, reader: LineReader,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.session = session
        self.reader = reader
        self.environment = environment
        self.completer = Completer(engine: session.engine)
        let plainErr = session.writeErr
        session.writeErr = { [weak self] s in plainErr(self?.colorErrors == true ? Highlight.diagnostics(s) : s) }
        reader.completer = { [weak self] line in
            guard let self else { return .none }
            return self.completer.complete(self.completionContext(for: line) + line)
        }
    }

    /// Statement text typed before the current line, for completion.
    private var pendingText = ""

    /// What comes before `line` in the statement: the lines typed so far, or, for a line that
    /// starts with `|` at the prompt, the statement it extends.
    private func completionContext(for line: String) -> String {
        if !pendingText.isEmpty { return pendingText + "\n" }
        if StatementInput.startsWithPipe(line), let last = lastStatement { return last + "\n" }
        return ""
    }

    // MARK: the loop

    /// Runs the rc file, prints the welcome line, then reads and runs statements until
    /// `.quit` or Ctrl-D. Returns the exit code.
    public func run() -> Int32 {
        // The rc file first, so the welcome line counts the tables it loads.
        if let rc = rcPath(), FileManager.default.fileExists(atPath: rc) {
            _ = runFile(rc)
        }
        note(welcome())
        while !quitRequested {
            guard let entry = readEntry() else { break }
            reader.addHistory(entry)
            if StatementInput.isMetaCommand(entry) {
                handleMeta(entry)
            } else {
                execute(entry)
            }
        }
        closeOutput()
        reader.close()
        return exitCode
    }

    public func welcome() -> String {
        let n = session.engine.env.tableNames.count
        let tables = n == 0 ? "no tables loaded (.load PATH)" : "\(n) table\(n == 1 ? "" : "s") loaded (.tables)"
        return "planq \(REPL.version) — \(tables). .help for help, Ctrl-D to leave."
    }

    /// `$PLANQ_RC`, else `~/.planqrc`.
    public func rcPath() -> String? {
        if let p = environment["PLANQ_RC"] { return p.isEmpty ? nil : expandTilde(p) }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.planqrc"
    }

    /// Reads one statement (over several lines when needed) or one meta-command; nil at the end.
    public func readEntry() -> String? {
        var buffer = ""
        defer { pendingText = "" }
        while true {
            pendingText = buffer
            switch reader.readLine(prompt: buffer.isEmpty ? prompt : continuationPrompt) {
            case .end:
                // Ctrl-D inside a statement: run what was typed, then leave.
                if !buffer.isEmpty { quitRequested = true }
                return buffer.isEmpty ? nil : buffer
            case .interrupted:
                buffer = ""
            case .line(let line):
                if buffer.isEmpty {
                    if StatementInput.isBlank(line) { continue }
                    if StatementInput.isMetaCommand(line) { return line.trimmed }
                    if StatementInput.startsWithPipe(line) {
                        guard let last = lastStatement else {
                            error("a line starting with `|` adds a step to the previous statement, and none has run yet")
                            continue
                        }
                        buffer = last + "\n" + line
                    } else {
                        buffer = line
                    }
                } else {
                    buffer += "\n" + line
                }
                if !StatementInput.isComplete(buffer) { continue }
                // Lines pasted together with this one that start with `|` belong to it.
                if let next = reader.peekPendingLine(), StatementInput.startsWithPipe(next) { continue }
                return buffer
            }
        }
    }

    /// Runs one statement typed at the prompt.
    public func execute(_ text: String) {
        configureGrid()
        reader.clearInterrupt()
        // The terminal echoes Ctrl-C as `^C` where the cursor is: start the error on a new line.
        let plainErr = session.writeErr
        let interrupted = reader.interruptCheck
        var movedOn = false
        session.writeErr = { s in
            if !movedOn, interrupted() { movedOn = true; plainErr("") }
            plainErr(s)
        }
        defer { session.writeErr = plainErr }
        let start = ContinuousClock.now
        let watcher = InterruptWatcher(check: reader.interruptCheck, canceller: session.engine.canceller)
        let code = session.runScript(SourceFile(name: "<repl>", text: text))
        watcher.stop()
        let elapsed = start.duration(to: .now)
        reader.clearInterrupt()
        if timer { note("time: " + REPL.describe(elapsed)) }
        if code == 0 { lastStatement = text }
        finishOnce()
    }

    static func describe(_ d: Duration) -> String {
        let (s, atto) = d.components
        let ms = Double(s) * 1000 + Double(atto) / 1e15
        if ms < 1 { return String(format: "%.3f ms", ms) }
        if ms < 1000 { return String(format: "%.1f ms", ms) }
        return String(format: "%.2f s", ms / 1000)
    }

    /// Terminal limits for the screen; none for a file (all rows, every column in full).
    func configureGrid() {
        var g = GridRenderer()
        if session.output == nil {
            g.maxRows = maxRows
            g.totalWidth = maxWidth ?? terminalWidth()
            g.color = useColor
        }
        session.grid = g
    }

    // MARK: output helpers

    /// Confirmations and timings: always to the screen, never into an `.output` file.
    func note(_ s: String) { session.writeOut(s.hasSuffix("\n") ? s : s + "\n") }

    func error(_ s: String) { session.writeErr(s) }

    /// Tables made by meta-commands (`.tables`, `.schema`) in the current mode: every row,
    /// fitted to the screen's width.
    func show(_ t: Table) {
        var g = GridRenderer()
        if session.output == nil {
            g.totalWidth = maxWidth ?? terminalWidth()
            g.color = useColor
        }
        guard session.format == .table else {
            session.emit(Rendering.render(t, as: session.format, grid: g))
            return
        }
        let (shown, hidden) = Session.fitColumns(t, grid: g)
        session.emit(Rendering.render(shown, as: .table, grid: g))
        if !hidden.isEmpty {
            session.emit(Session.hiddenColumnsNote(hidden, width: g.totalWidth)
                .replacing("(.last shows all)", with: "(.mode csv shows all)"))
        }
    }

    // MARK: meta-commands

    /// Runs one meta-command line such as `.mode csv`.
    public func handleMeta(_ line: String) {
        let words = REPL.splitArguments(line.trimmed)
        guard let typed = words.first else { return }
        let args = Array(words.dropFirst())
        let matches = MetaCommand.find(typed)
        guard let command = matches.single else {
            if matches.count > 1 {
                error("\(typed) is ambiguous: " + matches.map(\.name).joined(separator: ", "))
            } else {
                var message = "unknown command \(typed)"
                if let near = closestNames(to: typed, in: MetaCommand.all.map(\.name)).first {
                    message += "; did you mean \(near)?"
                }
                error(message + " (.help lists the commands)")
            }
            return
        }
        let wasOnce = onceActive
        switch command.name {
        case ".help": help(args)
        case ".tables": tables(args)
        case ".schema": schema(args, rest: REPL.rest(of: line))
        case ".load": load(args)
        case ".read":
            guard let path = args.first else { return usage(command) }
            _ = runFile(expandTilde(path))
        case ".mode": mode(args)
        case ".output":
            onceActive = false
            setOutput(args.first)
            return
        case ".once":
            guard let path = args.first else { return usage(command) }
            setOutput(path)
            if outputPath != nil { onceActive = true }
            return
        case ".maxrows":
            setLimit(args, command) { self.maxRows = $0 } current: { self.maxRows.map(String.init) ?? "0 (all rows)" }
        case ".maxwidth":
            setLimit(args, command) { self.maxWidth = $0 } current: {
                self.maxWidth.map(String.init) ?? "0 (the terminal's width\(self.terminalWidth().map { ", \($0)" } ?? ""))"
            }
        case ".last": last()
        case ".timer":
            switch args.first?.lowercased() {
            case "on": timer = true
            case "off": timer = false
            case nil: note("timer is " + (timer ? "on" : "off"))
            default: usage(command)
            }
        case ".show": show()
        case ".editmode":
            guard let m = args.first?.lowercased() else { note("edit mode: \(editMode)"); return }
            guard m == "emacs" || m == "vi" else { return usage(command) }
            if reader.setEditMode(m) { chosenEditMode = m } else { error("line editing is not available here") }
        case ".quit":
            quitRequested = true
        case ".exit":
            quitRequested = true
            if let a = args.first {
                guard let c = Int32(a) else { return usage(command) }
                exitCode = c
            }
        default:
            error("\(command.name) is not implemented")
        }
        // `.once` covers the next output, whether a result or a listing.
        if wasOnce, [".help", ".tables", ".schema", ".show"].contains(command.name) { finishOnce() }
    }

    func usage(_ c: MetaCommand) { error("usage: \(c.usage)") }

    /// Words separated by spaces; "double" or 'single' quotes keep spaces in a word.
    static func splitArguments(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character? = nil
        var inWord = false
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
                inWord = true
            } else if c.isWhitespace {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// The text after the command word.
    static func rest(of line: String) -> String {
        let t = line.trimmed
        guard let space = t.firstIndex(where: \.isWhitespace) else { return "" }
        return String(t[space...]).trimmed
    }

    func expandTilde(_ path: String) -> String {
        if path == "~" { return environment["HOME"] ?? path }
        if path.hasPrefix("~/"), let home = environment["HOME"] { return home + path.dropFirst(1) }
        return path
    }

    func help(_ args: [String]) {
        guard let topic = args.first else {
            var s = "Meta-commands (a unique prefix is enough: .mo csv):\n"
            let width = MetaCommand.all.map(\.usage.count).max() ?? 0
            for c in MetaCommand.all {
                s += "  " + c.usage + String(repeating: " ", count: width - c.usage.count + 2) + c.summary + "\n"
            }
            s += """

                Statements end at the end of a line, unless a bracket is still open or the line
                ends with `|`. A line starting with `|` adds a step to the last statement.
                Keys: Tab completes, Up/Down and Ctrl-R search history, Ctrl-C cancels, Ctrl-D leaves.
                `help` lists the language's transforms and functions; `help NAME` shows one.

                """
            session.emit(s)
            return
        }
        if topic.hasPrefix(".") {
            let found = MetaCommand.find(topic)
            guard let c = found.single else {
                error(found.isEmpty ? "unknown command \(topic)" : "\(topic) is ambiguous: " + found.map(\.name).joined(separator: ", "))
                return
            }
            session.emit(c.usage + "\n  " + c.summary + "\n")
            return
        }
        let env = session.engine.env
        session.emit(HelpText.render(topic: topic, registry: env.registry, functions: env.functions) + "\n")
    }

    func tables(_ args: [String]) {
        let env = session.engine.env
        var names = env.tableNames
        if let pattern = args.first?.lowercased() {
            names = names.filter { REPL.matches($0.lowercased(), pattern: pattern) }
        }
        if names.isEmpty {
            note(args.isEmpty ? "no tables yet: .load PATH loads a data file" : "no table matches \(args[0])")
            return
        }
        var rows: [[Value]] = []
        for name in names {
            if let binding = env.tables[name], let table = binding.table {
                rows.append([.text(name), .int(table.rowCount), .int(table.schema.count), .text("let")])
                continue
            }
            let source = env.catalog.origin(of: name).map(Value.text) ?? .text("registered")
            do {
                if let t = try session.engine.table(named: name) {
                    rows.append([.text(name), .int(t.rowCount), .int(t.schema.count), source])
                }
            } catch {
                rows.append([.text(name), .null, .null, .text("cannot load: \(REPL.message(of: error))")])
            }
        }
        show(Table(names: ["table", "rows", "columns", "source"], rows: rows))
    }

    /// `*` matches any run of characters; a pattern without `*` matches anywhere in the name.
    static func matches(_ name: String, pattern: String) -> Bool {
        guard pattern.contains("*") else { return name.contains(pattern) }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var rest = Substring(name)
        for (i, part) in parts.enumerated() {
            if part.isEmpty { continue }
            if i == 0 {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if i == parts.count - 1 {
                return rest.hasSuffix(part)
            } else {
                guard let r = rest.range(of: part) else { return false }
                rest = rest[r.upperBound...]
            }
        }
        return true
    }

    static func message(of error: Error) -> String {
        if let e = error as? PlanQueryError { return e.diagnostics.map(\.message).joined(separator: "; ") }
        if let d = error as? Diagnostic { return d.message }
        return "\(error)"
    }

    func schema(_ args: [String], rest: String) {
        let env = session.engine.env
        // A query: its columns and types, without running it.
        if rest.hasPrefix("from ") || rest.hasPrefix("from\t") {
            do {
                let plan = try session.engine.plan(rest, name: "<repl>", pivotKeys: .fromData)
                show(Table(names: ["column", "type"],
                           rows: plan.schema.map { [.text($0.name), .text(REPL.typeName($0))] }))
            } catch let e as PlanQueryError {
                for d in e.diagnostics { error(d.render()) }
            } catch {
                self.error("\(error)")
            }
            return
        }
        guard let name = args.first else {
            var s = ""
            for n in env.tableNames {
                guard let t = table(named: n) else { continue }
                let cols = t.schema.map { Completer.quoteIfNeeded($0.name) + " " + REPL.typeName($0) }
                s += "\(Completer.quoteIfNeeded(n)) (\(t.rowCount) rows): " + cols.joined(separator: ", ") + "\n"
            }
            if s.isEmpty { note("no tables yet: .load PATH loads a data file") } else { session.emit(s) }
            return
        }
        guard env.tableNames.contains(name) else {
            var message = "no table named \(name)"
            if let near = closestNames(to: name, in: env.tableNames).first { message += "; did you mean \(near)?" }
            error(message)
            return
        }
        guard let t = table(named: name) else { return }
        show(TabularLoader.describe(t))
    }

    /// A table by name, loading it if needed; errors are reported.
    func table(named name: String) -> Table? {
        do { return try session.engine.table(named: name) } catch {
            self.error("cannot load \(name): \(REPL.message(of: error))")
            return nil
        }
    }

    static func typeName(_ c: ColumnInfo) -> String {
        c.format == .plain ? c.type.displayName : "\(c.type.displayName) (\(c.format.rawValue))"
    }

    func load(_ args: [String]) {
        guard let raw = args.first else { return usage(MetaCommand.find(".load")[0]) }
        var name: String? = nil
        if args.count >= 3, args[1].lowercased() == "as" { name = args[2] }
        else if args.count != 1 { return usage(MetaCommand.find(".load")[0]) }
        let path = expandTilde(raw)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            error("cannot load \(raw): no such file or folder")
            return
        }
        let catalog = session.engine.catalog
        if isDir.boolValue {
            if name != nil { error("a folder loads one table per file, named after the files; `as NAME` needs a file") }
            let before = Set(catalog.names)
            let n = DataPaths.registerDirectory(path, in: catalog)
            if n == 0 { error("\(raw) holds no CSV, TSV, JSON or JSONL files"); return }
            let added = catalog.names.filter { !before.contains($0) }
            note("\(n) table\(n == 1 ? "" : "s") from \(raw): " + added.joined(separator: ", ") + (added.count < n ? " (others replaced)" : ""))
            return
        }
        let tableName = name ?? DataPaths.stem(path)
        let replacing = session.engine.env.tableNames.contains(tableName)
        do {
            let t = try session.engine.load(path: path)
            catalog.register(t, as: tableName, origin: path)
            var msg = "\(Completer.quoteIfNeeded(tableName)): \(t.rowCount) row\(t.rowCount == 1 ? "" : "s"), \(t.schema.count) column\(t.schema.count == 1 ? "" : "s") from \(raw)"
            if replacing { msg += " (replaces the earlier \(tableName))" }
            note(msg)
        } catch let e as PlanQueryError {
            for d in e.diagnostics { error(d.render()) }
        } catch let d as Diagnostic {
            error(d.render())
        } catch {
            self.error("cannot load \(raw): \(error)")
        }
    }

    func mode(_ args: [String]) {
        guard let m = args.first?.lowercased() else {
            note("mode: \(session.format.rawValue)")
            return
        }
        let aliases: [String: OutputFormat] = [
            "box": .table, "grid": .table, "column": .table, "duckbox": .table, "md": .markdown,
            "tabs": .tsv, "jsonlines": .jsonl, "ndjson": .jsonl,
        ]
        if let f = OutputFormat(rawValue: m) ?? aliases[m] {
            session.format = f
            return
        }
        let prefixed = OutputFormat.allCases.filter { $0.rawValue.hasPrefix(m) }
        if prefixed.count == 1 {
            session.format = prefixed[0]
            return
        }
        error("unknown mode \(m); modes: " + MetaCommand.modeNames.joined(separator: ", "))
    }

    func setOutput(_ path: String?) {
        closeOutput()
        guard let path, path != "stdout", path != "-" else { return }
        let full = expandTilde(path)
        guard FileManager.default.createFile(atPath: full, contents: nil),
              let handle = FileHandle(forWritingAtPath: full) else {
            error("cannot write to \(path)")
            return
        }
        session.output = handle
        outputPath = path
    }

    func closeOutput() {
        if let h = session.output { try? h.close() }
        session.output = nil
        outputPath = nil
    }

    func finishOnce() {
        guard onceActive else { return }
        onceActive = false
        closeOutput()
    }

    func setLimit(_ args: [String], _ command: MetaCommand, set: (Int?) -> Void, current: () -> String) {
        guard let a = args.first else { note("\(command.name.dropFirst()): \(current())"); return }
        guard let n = Int(a), n >= 0 else { return usage(command) }
        set(n == 0 ? nil : n)
    }

    func last() {
        guard let t = session.lastTable else {
            note("no result yet")
            return
        }
        var g = GridRenderer()
        g.color = session.output == nil && useColor
        session.emit(Rendering.render(t, as: session.format, grid: g))
        finishOnce()
    }

    func show() {
        var s = ""
        s += "mode:      \(session.format.rawValue)\n"
        s += "output:    \(outputPath.map { $0 + (onceActive ? " (once)" : "") } ?? "screen")\n"
        s += "maxrows:   \(maxRows.map(String.init) ?? "0 (all)")\n"
        s += "maxwidth:  \(maxWidth.map(String.init) ?? "0 (terminal\(terminalWidth().map { ", \($0)" } ?? ""))")\n"
        s += "timer:     \(timer ? "on" : "off")\n"
        s += "editmode:  \(editMode)\n"
        s += "colour:    \(useColor ? "on" : "off")\n"
        s += "rc file:   \(rcPath() ?? "none")\n"
        session.emit(s)
    }

    // MARK: files of statements

    /// Runs a file of statements and meta-commands (`.read`, the rc file). Stops at the first
    /// error; returns false then. Errors point at the file's own line numbers.
    @discardableResult
    public func runFile(_ path: String) -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            error("cannot read \(path): no such file or not readable")
            return false
        }
        guard readDepth < 16 else {
            error(".read nested too deeply (at \(path))")
            return false
        }
        readDepth += 1
        defer { readDepth -= 1 }
        var chunk = ""
        var chunkStart = 1
        func flush() -> Bool {
            defer { chunk = "" }
            if StatementInput.isBlank(chunk) { return true }
            configureGrid()
            reader.clearInterrupt()
            let padded = String(repeating: "\n", count: chunkStart - 1) + chunk
            return session.runScript(SourceFile(name: path, text: padded)) == 0
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, line) in lines.enumerated() {
            if StatementInput.isMetaCommand(line), StatementInput.isComplete(chunk) {
                guard flush() else { return false }
                handleMeta(line)
                if quitRequested { return true }
                continue
            }
            if chunk.isEmpty {
                chunkStart = i + 1
                chunk = line
            } else {
                chunk += "\n" + line
            }
        }
        return flush()
    }
}
