import Foundation
import PlanQuery

/// The interactive shell: reads statements through a `LineReader`, runs them in a `Session`,
/// and handles meta-commands (`.help`, `.tables`, `.mode`, …). The same object runs scripts
/// (`planq FILE`, standard input, `-c`, `.read`, the rc file), so meta-commands work there
/// too. See docs/repl.md.
package final class REPL {
    package static let version = Engine.version

    package let session: Session
    package let reader: LineReader
    package let completer: Completer

    package var prompt = "planq> "
    /// Set by `.prompt MAIN CONTINUE`; nil shows what is still open (`  ..(> `).
    package var customContinuationPrompt: String? = nil
    /// Rows of a table shown in `table` mode before the "… N more rows" footer; nil shows all.
    package var maxRows: Int? = 40
    /// Width to fit tables into; nil is the terminal's width.
    package var maxWidth: Int? = nil
    package var timer = false
    /// `.echo on`: print each statement before it runs.
    package var echo = false
    /// `.bail on`: stop at the first error. On for scripts, off at the prompt.
    package var bail = false
    /// `.pager on|off`: results taller than the screen go through `$PAGER` (interactive only).
    package var pagerEnabled = true
    package var terminalWidth: () -> Int? = { Terminal.width }
    package var terminalHeight: () -> Int? = { Terminal.height }
    package var useColor = Terminal.useColor
    /// Colour for errors and warnings: standard error is a terminal and NO_COLOR is not set.
    package var colorErrors = Terminal.stderrIsTerminal && !Terminal.noColorRequested
    /// A progress line on standard error while a long statement runs (a terminal on both
    /// standard output and standard error; never in pipes).
    package var showsProgress = Terminal.stdoutIsTerminal && Terminal.stderrIsTerminal
    /// Where `~`, `$EDITOR`, `$PAGER` and the rc file are looked up; tests replace it. Read
    /// from the process when first needed: making the dictionary of every variable was a
    /// fifth of `planq -c '1 + 1'` (0.45 M instructions), which needs none of them.
    package lazy var environment: [String: String] = ProcessInfo.processInfo.environment
    /// True while reading from a person at a terminal; false for scripts, `-c` and pipes.
    /// `.shell`, `.edit` and the pager need it.
    package internal(set) var interactive = true

    /// The last statement that ran without error: a line starting with `|` extends it.
    package internal(set) var lastStatement: String?
    /// The last statement typed, whether or not it ran (for `.edit`).
    package internal(set) var lastEntry: String?
    /// Whether the last statement typed failed (a `|` line then says which one it extends).
    var lastEntryFailed = false
    package internal(set) var exitCode: Int32 = 0
    package internal(set) var quitRequested = false
    var outputPath: String?
    var onceActive = false
    var readDepth = 0
    var chosenEditMode: String? = nil
    /// The progress line of the statement running now, erased before a result prints.
    var currentProgress: ProgressLine? = nil
    /// Errors reported since a meta-command started (a failing meta-command fails a script).
    var errorCount = 0
    /// The keys in use (what ~/.editrc chose), else what `.editmode` last asked for.
    var editMode: String { reader.editMode ?? chosenEditMode ?? "emacs" }

    package init(session: Session, reader: LineReader,
                environment: [String: String]? = nil) {
        self.session = session
        self.reader = reader
        self.completer = Completer(engine: session.engine)
        if let environment { self.environment = environment }
        let plainErr = session.writeErr
        session.writeErr = { [weak self] s in plainErr(self?.colorErrors == true ? Highlight.diagnostics(s) : s) }
        reader.completer = { [weak self] line in
            guard let self else { return .none }
            return self.completer.complete(self.completionContext(for: line) + line)
        }
        session.present = { [weak self] text in self?.present(text) }
    }

    /// Statement text typed before the current line, for completion.
    var pendingText = ""

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
    package func run() -> Int32 {
        interactive = true
        // The rc file first, so the welcome line counts the tables it loads.
        if let rc = rcPath(), FileManager.default.fileExists(atPath: rc) {
            _ = runFile(rc)
        }
        note(welcome())
        while !quitRequested {
            guard let entry = readEntry() else { break }
            reader.addHistory(entry)
            if StatementInput.isMetaCommand(entry) {
                reader.recolour(entry, highlighted: nil)
                handleMeta(entry)
            } else {
                reader.recolour(entry, highlighted: useColor ? SyntaxHighlight.ansi(entry) : nil)
                execute(entry)
                if bail, lastEntryFailed { exitCode = ExitStatus.queryError; break }
            }
        }
        closeOutput()
        reader.close()
        return exitCode
    }

    package func welcome() -> String {
        let n = session.engine.env.tableNames.count
        let tables = n == 0 ? "no tables loaded (.load PATH)" : "\(n) table\(n == 1 ? "" : "s") loaded (.tables)"
        return "planq \(REPL.version) — \(tables). .help for help, Ctrl-D to leave."
    }

    /// `$PLANQ_RC`, else `~/.planqrc`.
    package func rcPath() -> String? {
        if let p = environment["PLANQ_RC"] { return p.isEmpty ? nil : expandTilde(p) }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.planqrc"
    }

    /// The prompt for a continuation line: what is still open, as psql shows it
    /// (`  ..(> ` inside brackets, ` case> ` before `end`, `  ..|> ` after a trailing pipe).
    func continuationPrompt(for buffer: String) -> String {
        if let custom = customContinuationPrompt { return custom }
        switch StatementInput.openConstruct(buffer) {
        case .none: return "  ...> "
        case .caseWithoutEnd: return " case> "
        case .bracket(let c), .trailing(let c): return "  ..\(c)> "
        }
    }

    /// Reads one statement (over several lines when needed) or one meta-command; nil at the end.
    package func readEntry() -> String? {
        var buffer = ""
        defer { pendingText = "" }
        while true {
            pendingText = buffer
            switch reader.readLine(prompt: buffer.isEmpty ? prompt : continuationPrompt(for: buffer)) {
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
                        // After an error the step does not extend the failed statement: say which one it does.
                        if lastEntryFailed {
                            note("| extends the last statement that ran: " + REPL.firstLine(of: last, width: terminalWidth()))
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

    /// The first line of a statement, cut to the screen, for notes.
    static func firstLine(of text: String, width: Int?) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var first = String(lines.first ?? "")
        if lines.count > 1 { first += " …" }
        if let width, width > 20, first.count > width - 40 { first = String(first.prefix(max(20, width - 41))) + "…" }
        return first
    }

    /// Runs one statement typed at the prompt.
    package func execute(_ text: String) {
        lastEntry = text
        configureGrid()
        reader.clearInterrupt()
        // The terminal echoes Ctrl-C as `^C` where the cursor is: start the error on a new line.
        let plainErr = session.writeErr
        let interrupted = reader.interruptCheck
        var movedOn = false
        let progress = startProgress()
        currentProgress = progress
        session.writeErr = { s in
            progress?.pause()
            if !movedOn, interrupted() { movedOn = true; plainErr("") }
            plainErr(s)
        }
        defer {
            session.writeErr = plainErr
            currentProgress = nil
        }
        let start = ContinuousClock.now
        let watcher = InterruptWatcher(check: reader.interruptCheck, canceller: session.engine.canceller)
        let code = session.runScript(SourceFile(name: "<repl>", text: text))
        watcher.stop()
        progress?.stop()
        let elapsed = start.duration(to: .now)
        reader.clearInterrupt()
        if timer { note("time: " + REPL.describe(elapsed)) }
        lastEntryFailed = code != 0
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
        g.nullText = session.nullText
        if session.toScreen && interactive {
            g.maxRows = maxRows
            g.totalWidth = maxWidth ?? terminalWidth()
            g.color = useColor
        } else if session.toScreen {
            // Scripts print every row; on a terminal they still fit its width.
            g.totalWidth = maxWidth ?? session.grid.totalWidth
            g.color = session.grid.color
        }
        session.grid = g
    }

    // MARK: output helpers

    /// Confirmations and timings: always to the screen, never into an `.output` file.
    func note(_ s: String) { session.writeOut(s.hasSuffix("\n") ? s : s + "\n") }

    func error(_ s: String) {
        errorCount += 1
        session.writeErr(s)
    }

    /// Tables made by meta-commands (`.tables`, `.schema`) in the current mode: every row,
    /// fitted to the screen's width.
    func show(_ t: Table) {
        var g = GridRenderer()
        g.nullText = session.nullText
        if session.toScreen {
            g.totalWidth = maxWidth ?? terminalWidth()
            g.color = useColor
        }
        let format = session.effectiveFormat
        guard format == .table else {
            session.emit(session.rendered(t, as: format, grid: g))
            return
        }
        let (shown, hidden) = Session.fitColumns(t, grid: g)
        var text = session.rendered(shown, as: .table, grid: g)
        if !hidden.isEmpty {
            text += Session.hiddenColumnsNote(hidden, width: g.totalWidth)
                .replacing("(.last shows all)", with: "(.mode csv shows all)")
        }
        session.emit(text)
    }
}
