import Foundation
import PlanQuery

/// The meta-commands: one handler per entry of `MetaCommand.all`.
extension REPL {
    /// Runs one meta-command line such as `.mode csv`.
    package func handleMeta(_ line: String) {
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
        if echo { note(line.trimmed) }
        let wasOnce = onceActive
        switch command.name {
        case ".help": help(args)
        case ".tables": withProgress { tables(args) }
        case ".schema": withProgress { schema(args, rest: REPL.rest(of: line)) }
        case ".load": withProgress { load(args) }
        case ".import":
            // sqlite3: `.import FILE TABLE`.
            guard let file = args.first, args.count <= 2 else { return usage(command) }
            note("(.import is .load in planq: .load \(file)\(args.count == 2 ? " as \(args[1])" : ""))")
            withProgress { load(args.count == 2 ? [file, "as", args[1]] : [file]) }
        case ".open":
            guard let path = args.first, args.count == 1 else { return usage(command) }
            note("(.open is .load in planq: .load \(path))")
            withProgress { load([path]) }
        case ".read":
            guard let path = args.first else { return usage(command) }
            _ = runFile(expandTilde(path))
        case ".mode": mode(args)
        case ".headers":
            switchSetting(args, command, current: session.showHeaders) { self.session.showHeaders = $0 }
        case ".nullvalue":
            guard !args.isEmpty else { note("nullvalue: \"\(session.nullText)\""); return }
            session.nullText = REPL.rest(of: line).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        case ".output":
            onceActive = false
            setOutput(args.first)
            return
        case ".once":
            guard let path = args.first else { return usage(command) }
            setOutput(path)
            if outputPath != nil { onceActive = true }
            return
        case ".open-result": openResult()
        case ".maxrows":
            setLimit(args, command) { self.maxRows = $0 } current: { self.maxRows.map(String.init) ?? "0 (all rows)" }
        case ".maxwidth":
            setLimit(args, command) { self.maxWidth = $0 } current: {
                self.maxWidth.map(String.init) ?? "0 (the terminal's width\(self.terminalWidth().map { ", \($0)" } ?? ""))"
            }
        case ".pager": switchSetting(args, command, current: pagerEnabled) { self.pagerEnabled = $0 }
        case ".last": last()
        case ".timer": switchSetting(args, command, current: timer) { self.timer = $0 }
        case ".echo": switchSetting(args, command, current: echo) { self.echo = $0 }
        case ".bail": switchSetting(args, command, current: bail) { self.bail = $0 }
        case ".prompt":
            guard let main = args.first else { return usage(command) }
            prompt = main
            customContinuationPrompt = args.count > 1 ? args[1] : nil
        case ".cd":
            guard let dir = args.first else { return usage(command) }
            let path = expandTilde(dir)
            if !FileManager.default.changeCurrentDirectoryPath(path) { error("cannot change to \(dir): no such folder") }
        case ".shell", ".system": shell(REPL.rest(of: line), command)
        case ".edit": edit()
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
        if wasOnce, [".help", ".tables", ".schema", ".show", ".last"].contains(command.name) { finishOnce() }
    }

    /// `.timer on|off`, `.headers on|off`, …; alone: says the current setting.
    func switchSetting(_ args: [String], _ command: MetaCommand, current: Bool, set: (Bool) -> Void) {
        switch args.first?.lowercased() {
        case "on", "true", "yes", "1": set(true)
        case "off", "false", "no", "0": set(false)
        case nil: note("\(command.name.dropFirst()) is " + (current ? "on" : "off"))
        default: usage(command)
        }
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

    func setLimit(_ args: [String], _ command: MetaCommand, set: (Int?) -> Void, current: () -> String) {
        guard let a = args.first else { note("\(command.name.dropFirst()): \(current())"); return }
        guard let n = Int(a), n >= 0 else { return usage(command) }
        set(n == 0 ? nil : n)
    }


    func mode(_ args: [String]) {
        guard let m = args.first?.lowercased() else {
            note("mode: \(session.format.rawValue)")
            return
        }
        let aliases: [String: OutputFormat] = [
            "box": .table, "grid": .table, "column": .table, "duckbox": .table, "md": .markdown,
            "tabs": .tsv, "jsonlines": .jsonl, "ndjson": .jsonl, "lines": .line,
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
            let n = DataPaths.registerDirectory(path, in: session.engine)
            if n == 0 { error("\(raw) holds no CSV, TSV, JSON, JSONL or XLSX files"); return }
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

    func last() {
        guard let t = session.lastTable else {
            note("no result yet")
            return
        }
        var g = GridRenderer()
        g.nullText = session.nullText
        g.color = session.toScreen && useColor
        session.deliverTable(t, grid: g)
    }

    func show() {
        var s = ""
        s += "mode:      \(session.format.rawValue)\n"
        s += "output:    \(outputPath.map { $0 + (onceActive ? " (once)" : "") } ?? "screen")\n"
        s += "headers:   \(session.showHeaders ? "on" : "off")\n"
        s += "nullvalue: \"\(session.nullText)\"\n"
        s += "maxrows:   \(maxRows.map(String.init) ?? "0 (all)")\n"
        s += "maxwidth:  \(maxWidth.map(String.init) ?? "0 (terminal\(terminalWidth().map { ", \($0)" } ?? ""))")\n"
        s += "pager:     \(pagerEnabled ? "on (\(pagerCommand))" : "off")\n"
        s += "timer:     \(timer ? "on" : "off")\n"
        s += "echo:      \(echo ? "on" : "off")\n"
        s += "bail:      \(bail ? "on" : "off")\n"
        s += "editmode:  \(editMode)\n"
        s += "colour:    \(useColor ? "on" : "off")\n"
        s += "folder:    \(FileManager.default.currentDirectoryPath)\n"
        s += "rc file:   \(rcPath() ?? "none")\n"
        session.emit(s)
    }

    /// `.shell CMD`: only at the interactive prompt — a script, `-c` or an embedding host
    /// never runs shell commands through planq.
    func shell(_ command: String, _ meta: MetaCommand) {
        guard interactive, readDepth == 0 else {
            error("\(meta.name) runs only at the interactive prompt, not in scripts or -c")
            return
        }
        guard !command.isEmpty else { return usage(meta) }
        let status = runProcess(["/bin/sh", "-c", command])
        if status != 0 { note("(exit status \(status))") }
    }

    /// `.edit`: the last statement (or an empty file) in `$VISUAL`/`$EDITOR`; what is saved runs.
    func edit() {
        guard interactive, readDepth == 0 else {
            error(".edit runs only at the interactive prompt")
            return
        }
        let dir = FileManager.default.temporaryDirectory.path
        let path = dir + "/planq-edit-\(getpid()).planq"
        let before = lastEntry ?? ""
        do { try (before + "\n").write(toFile: path, atomically: true, encoding: .utf8) } catch {
            self.error("cannot write \(path)")
            return
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let status = runProcess(["/bin/sh", "-c", editor + " \"$1\"", "planq-edit", path])
        guard status == 0 else {
            error("the editor (\(editor)) exited with status \(status); nothing was run")
            return
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        let statement = text.trimmingTrailingWhitespace
        guard !StatementInput.isBlank(statement) else { return }
        reader.addHistory(statement)
        note(statement)
        execute(statement)
    }
}
