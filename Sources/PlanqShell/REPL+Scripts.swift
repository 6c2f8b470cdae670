import Foundation
import PlanQuery

/// Scripts: `planq FILE`, standard input, `-c`, `.read` and the rc file. A script is planq
/// statements and meta-command lines (`.mode csv`, `.once totals.csv`), as in sqlite3 and
/// DuckDB. Syntax errors anywhere stop it before anything runs; otherwise it stops at its
/// first error (`.bail off` carries on and reports each).
extension REPL {
    /// A script's pieces in order: runs of statements, and meta-command lines.
    enum ScriptPiece {
        /// Statements, with the 1-based line of their first line.
        case statements(String, line: Int)
        case meta(String, line: Int)
    }

    static func pieces(of text: String) -> [ScriptPiece] {
        var out: [ScriptPiece] = []
        var chunk = ""
        var chunkStart = 1
        func flush() {
            if !StatementInput.isBlank(chunk) { out.append(.statements(chunk, line: chunkStart)) }
            chunk = ""
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, line) in lines.enumerated() {
            if StatementInput.isMetaCommand(line), StatementInput.isComplete(chunk) {
                flush()
                out.append(.meta(line.trimmed, line: i + 1))
                continue
            }
            if chunk.isEmpty {
                chunkStart = i + 1
                chunk = line
            } else {
                chunk += "\n" + line
            }
        }
        flush()
        return out
    }

    /// A run of statements as a source file whose line numbers are the script's own.
    static func source(_ chunk: String, line: Int, name: String) -> SourceFile {
        SourceFile(name: name, text: String(repeating: "\n", count: line - 1) + chunk)
    }

    /// Runs a script (not at the prompt): no welcome, no pager, every row printed; `.bail` is
    /// on. Returns the exit status: the first error's, or `.exit N`'s.
    package func runScript(_ text: String, name: String) -> Int32 {
        interactive = false
        bail = true
        let status = runText(text, name: name)
        // The script ends here: a section it left open is closed, with a warning at it.
        if status == 0 { session.warnUnclosedSections() }
        closeOutput()
        return quitRequested && exitCode != 0 ? exitCode : status
    }

    /// Runs a file of statements and meta-commands (`.read`, the rc file). Stops at the first
    /// error unless `.bail off`; returns false when something failed. Errors point at the
    /// file's own line numbers.
    @discardableResult
    package func runFile(_ path: String) -> Bool {
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
        let wasBailing = bail
        bail = true
        defer { bail = wasBailing }
        return runText(text, name: path) == 0
    }

    func runText(_ text: String, name: String) -> Int32 {
        let pieces = REPL.pieces(of: text)
        // Syntax errors anywhere stop the script before anything runs.
        var syntaxErrors: [Diagnostic] = []
        for case .statements(let chunk, let line) in pieces {
            syntaxErrors += Parser.parse(REPL.source(chunk, line: line, name: name)).1.filter { $0.severity == .error }
        }
        if !syntaxErrors.isEmpty {
            for d in Session.withBackquoteHints(syntaxErrors, source: text, tables: session.engine.catalog.names) { error(d.render()) }
            return ExitStatus.queryError
        }
        var status: Int32 = 0
        for piece in pieces {
            let code: Int32
            switch piece {
            case .meta(let line, _):
                let before = errorCount
                handleMeta(line)
                code = errorCount > before ? ExitStatus.failure : 0
            case .statements(let chunk, let line):
                code = runStatements(chunk, line: line, name: name)
            }
            if code != 0 {
                if status == 0 { status = code }
                if bail { return status }
            }
            if quitRequested { break }
        }
        return status
    }

    /// Runs statements of a script. With `.echo on` or `.bail off` each runs on its own (to
    /// print it first, or to go on after it fails); otherwise they run as one source.
    func runStatements(_ chunk: String, line: Int, name: String) -> Int32 {
        let file = REPL.source(chunk, line: line, name: name)
        guard echo || !bail else { return runChunk(file) }
        let (program, _) = Parser.parse(file)
        var status: Int32 = 0
        for statement in program.statements {
            let span = statement.span
            // Blank out what comes before, so positions stay the file's own.
            var prefix = Array(file.bytes[..<span.start])
            for i in prefix.indices where prefix[i] != UInt8(ascii: "\n") { prefix[i] = UInt8(ascii: " ") }
            let text = String(decoding: prefix, as: UTF8.self) + span.text
            if echo { note(span.text) }
            let code = runChunk(SourceFile(name: name, text: text))
            if code != 0 {
                if status == 0 { status = code }
                if bail { return status }
            }
        }
        return status
    }

    private func runChunk(_ file: SourceFile) -> Int32 {
        configureGrid()
        reader.clearInterrupt()
        // At the prompt (`.read`, the rc file) Ctrl-C cancels the running statement.
        let watcher = interactive ? InterruptWatcher(check: reader.interruptCheck, canceller: session.engine.canceller) : nil
        var code: Int32 = 0
        withProgress { code = session.runScript(file) }
        watcher?.stop()
        if code != 0 { errorCount += 1 }
        finishOnce()
        return code
    }
}

/// The reader for scripts: there is no one to read from.
package final class NoInputReader: LineReader {
    package var completer: ((String) -> Completion)?
    package init() {}
    package func readLine(prompt: String) -> ReadResult { .end }
    package func addHistory(_ entry: String) {}
}
