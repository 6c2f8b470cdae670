import Foundation
import PlanQuery
import Synchronization

/// Where results go: the screen (paged when taller than it, stopped by Ctrl-C), an `.output`
/// or `.once` file in the format its extension names, or a document written whole
/// (`.xlsx`, `.html`, when this build has a writer for it). Also the progress line.
extension REPL {
    // MARK: files

    /// `.output FILE` / `.once FILE`: the extension picks the format (`totals.csv`,
    /// `book.xlsx`); a file with another extension gets the current mode.
    package func setOutput(_ path: String?) {
        closeOutput()
        guard let path, path != "stdout", path != "-" else { return }
        let full = expandTilde(path)
        let ext = URL(fileURLWithPath: full).pathExtension.lowercased()
        if let writer = session.documentWriters[ext] {
            session.documentOutput = DocumentOutput(path: full, writer: writer)
            outputPath = path
            return
        }
        if REPL.documentExtensions.contains(ext) {
            error("this planq cannot write .\(ext) files yet; " +
                  "it writes " + REPL.fileFormats.keys.sorted().map { "." + $0 }.joined(separator: ", "))
            return
        }
        guard FileManager.default.createFile(atPath: full, contents: nil),
              let handle = FileHandle(forWritingAtPath: full) else {
            error("cannot write to \(path)")
            return
        }
        session.output = handle
        session.fileFormat = REPL.fileFormats[ext]
        outputPath = path
    }

    /// Extensions that name a text format.
    static let fileFormats: [String: OutputFormat] = [
        "csv": .csv, "tsv": .tsv, "tab": .tsv, "json": .json, "jsonl": .jsonl, "ndjson": .jsonl,
        "md": .markdown, "markdown": .markdown,
    ]

    /// Extensions of formats written whole by a `DocumentWriter`, when the build has one.
    static let documentExtensions: Set<String> = ["xlsx", "html", "htm", "pdf"]

    package func closeOutput() {
        if let h = session.output { try? h.close() }
        if let doc = session.documentOutput {
            session.documentOutput = nil
            do {
                let bytes = try doc.writer(doc.tables)
                try Data(bytes).write(to: URL(fileURLWithPath: doc.path))
                note("wrote \(doc.tables.count) table\(doc.tables.count == 1 ? "" : "s") to \(doc.path)")
            } catch {
                self.error("cannot write \(doc.path): \(REPL.message(of: error))")
            }
        }
        session.output = nil
        session.fileFormat = nil
        outputPath = nil
    }

    func finishOnce() {
        guard onceActive else { return }
        onceActive = false
        closeOutput()
    }

    /// `.open-result`: the last result as a temporary workbook, like sqlite3's `.excel`.
    func openResult() {
        guard let t = session.lastTable else {
            note("no result yet")
            return
        }
        guard let writer = session.documentWriters["xlsx"] else {
            error("this planq cannot write .xlsx files yet; `.once result.csv` then `.last` writes the result as CSV, which spreadsheets open")
            return
        }
        let stamp = Int(Date().timeIntervalSince1970)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planq-result-\(stamp)-\(getpid()).xlsx").path
        do {
            try Data(try writer([t])).write(to: URL(fileURLWithPath: path))
            note(path)
        } catch {
            self.error("cannot write \(path): \(REPL.message(of: error))")
        }
    }

    // MARK: the screen

    /// `$PAGER`, else `less -RS` (raw colours, long lines cut rather than wrapped).
    var pagerCommand: String {
        if let p = environment["PAGER"], !p.isEmpty { return p }
        return "less -RS"
    }

    /// A result on its way to the screen. Taller than the screen at the interactive prompt:
    /// through the pager. Otherwise written in pieces, so Ctrl-C stops a long listing.
    func present(_ text: String) {
        currentProgress?.pause()
        guard interactive else { return session.writeOut(text) }
        if pagerEnabled, Terminal.stdoutIsTerminal, let height = terminalHeight(),
           REPL.lineCount(text, atLeast: height) >= height - 1 {
            if page(text) { return }
        }
        writeInterruptibly(text)
    }

    /// Counts lines up to `limit` (a result of a million rows need not be counted through).
    static func lineCount(_ text: String, atLeast limit: Int) -> Int {
        var n = 0
        for b in text.utf8 where b == 10 {
            n += 1
            if n >= limit { return n }
        }
        return n
    }

    /// Writes in pieces of a few dozen lines, checking for Ctrl-C between them.
    func writeInterruptibly(_ text: String) {
        let interrupted = reader.interruptCheck
        var start = text.startIndex
        var lines = 0
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\n" {
                lines += 1
                if lines == 64 {
                    let next = text.index(after: i)
                    session.writeOut(String(text[start..<next]))
                    start = next
                    lines = 0
                    if interrupted() {
                        reader.clearInterrupt()
                        session.writeErr("\noutput stopped (Ctrl-C); .last shows the result again")
                        return
                    }
                }
            }
            i = text.index(after: i)
        }
        if start < text.endIndex { session.writeOut(String(text[start...])) }
    }

    /// Runs the pager with the text on its standard input; false when it cannot start.
    func page(_ text: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pagerCommand]
        var env = ProcessInfo.processInfo.environment
        if env["LESS"] == nil { env["LESS"] = "RS" }
        process.environment = env
        let pipe = Pipe()
        process.standardInput = pipe
        do { try process.run() } catch { return false }
        // A pager that quits early closes the pipe: ignore SIGPIPE while writing to it.
        let previous = signal(SIGPIPE, SIG_IGN)
        let handle = pipe.fileHandleForWriting
        _ = try? handle.write(contentsOf: Data(text.utf8))
        try? handle.close()
        process.waitUntilExit()
        signal(SIGPIPE, previous)
        // Ctrl-C inside the pager is the pager's; do not cancel the next statement with it.
        reader.clearInterrupt()
        return true
    }

    /// Runs a program on the terminal (`.shell`, `.edit`) and returns its exit status.
    func runProcess(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment where k == "EDITOR" || k == "VISUAL" || k == "PAGER" { env[k] = v }
        process.environment = env
        do { try process.run() } catch {
            self.error("cannot run \(arguments[0]): \(error)")
            return 127
        }
        process.waitUntilExit()
        reader.clearInterrupt()
        return process.terminationStatus
    }

    // MARK: progress

    /// A progress line for a statement about to run, when it may be shown: a terminal on both
    /// outputs (at the prompt, or a script or `-c` run from one), results on the screen in
    /// `table` mode; never in a pipe or a file.
    func startProgress() -> ProgressLine? {
        guard showsProgress, session.toScreen, session.format == .table else { return nil }
        let progress = ProgressLine(delay: progressDelay, write: Terminal.rawError)
        progress.start()
        return progress
    }

    /// How long a statement runs before its progress line shows: half a second, or
    /// `$PLANQ_PROGRESS_DELAY` seconds (a slow terminal may want more; the terminal tests
    /// want less, so that a query still shows the line on a machine fast enough to finish it
    /// in half a second).
    var progressDelay: Duration {
        guard let text = environment["PLANQ_PROGRESS_DELAY"], let seconds = Double(text), seconds >= 0, seconds < 3600
        else { return .milliseconds(500) }
        return .milliseconds(Int((seconds * 1000).rounded()))
    }

    /// Runs `work` (a `.load`, `.tables`) with the progress line.
    func withProgress(_ work: () -> Void) {
        let progress = startProgress()
        let plainErr = session.writeErr
        session.writeErr = { s in progress?.pause(); plainErr(s) }
        let plainOut = session.writeOut
        session.writeOut = { s in progress?.pause(); plainOut(s) }
        defer {
            progress?.stop()
            session.writeErr = plainErr
            session.writeOut = plainOut
        }
        work()
    }
}

/// `running… 2.4 s (Ctrl-C stops)` on standard error, from half a second after a statement
/// starts until it prints or ends; erased before anything else is written.
package final class ProgressLine: Sendable {
    private struct State {
        var active = true
        var drawn = false
        var started = ContinuousClock.now
    }
    private let state = Mutex(State())
    private let write: @Sendable (String) -> Void
    private let delay: Duration
    private let queue = DispatchQueue(label: "planq.progress")

    package init(delay: Duration = .milliseconds(500), write: @escaping @Sendable (String) -> Void) {
        self.delay = delay
        self.write = write
    }

    package func start() {
        state.withLock { $0.started = .now }
        schedule(after: delay)
    }

    private func schedule(after d: Duration) {
        let (s, atto) = d.components
        let nanos = Int(s) * 1_000_000_000 + Int(atto / 1_000_000_000)
        queue.asyncAfter(deadline: .now() + .nanoseconds(nanos)) { [weak self] in self?.tick() }
    }

    private func tick() {
        let keepGoing = state.withLock { st -> Bool in
            guard st.active else { return false }
            let elapsed = st.started.duration(to: .now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            write("\r\u{1B}[2mrunning… " + String(format: "%.1f", seconds) + " s (Ctrl-C stops)\u{1B}[0m\u{1B}[K")
            st.drawn = true
            return true
        }
        if keepGoing { schedule(after: .milliseconds(200)) }
    }

    /// Erases the line and draws no more (the statement printed something, or finished).
    package func pause() { stop() }

    package func stop() {
        state.withLock { st in
            if st.drawn { write("\r\u{1B}[K") }
            st.drawn = false
            st.active = false
        }
    }
}
