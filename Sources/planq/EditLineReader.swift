import CEditLine
import Foundation
import PlanqShell

/// The terminal line reader: libedit (emacs keys by default, vi via `.editmode vi` or
/// `bind -v` in ~/.editrc), persistent history with one entry per statement, Tab completion
/// and Ctrl-R history search. Used from the REPL's thread only.
final class EditLineReader: LineReader {
    var completer: ((String) -> Completion)?
    private let el: OpaquePointer
    private let hist: OpaquePointer
    private var ev = HistEvent()
    /// A stable C string for libedit's prompt callback.
    private var promptBuffer: UnsafeMutablePointer<CChar>
    private let historyPath: String?
    /// Input already typed ahead or pasted, read early to look at the next line.
    private var pending: [UInt8] = []
    private var closed = false
    /// Between the terminal's bracketed-paste markers: a Tab is text, not completion.
    private var pasting = false
    /// The lines of the statement being typed, with their prompts (for `recolour`).
    private var typedLines: [(prompt: String, text: String)] = []
    /// Something was printed below the input since the statement began (a completion list).
    private var screenMoved = false

    init?(historyPath: String?) {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        guard let el = cel_init("planq") else { return nil }
        guard let hist = history_init() else { el_end(el); return nil }
        self.el = el
        self.hist = hist
        self.historyPath = historyPath
        self.promptBuffer = strdup("")!
        cel_install_sigint()
        cel_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        cel_set_prompt(el) { el in
            Unmanaged<EditLineReader>.fromOpaque(cel_get_clientdata(el)!).takeUnretainedValue().promptBuffer
        }
        cel_set_signal(el, 1)
        _ = cel_hist_setsize(hist, &ev, 1000)
        _ = cel_hist_setunique(hist, &ev, 1)
        cel_set_hist(el, hist)
        cel_add_fn(el, "planq-complete", "complete a name, keyword or path") { el, _ in
            Unmanaged<EditLineReader>.fromOpaque(cel_get_clientdata(el)!).takeUnretainedValue().complete()
        }
        cel_add_fn(el, "planq-paste-start", "bracketed paste begins") { el, _ in
            Unmanaged<EditLineReader>.fromOpaque(cel_get_clientdata(el)!).takeUnretainedValue().pasting = true
            return UInt8(CC_NORM)
        }
        cel_add_fn(el, "planq-paste-end", "bracketed paste ends") { el, _ in
            Unmanaged<EditLineReader>.fromOpaque(cel_get_clientdata(el)!).takeUnretainedValue().pasting = false
            return UInt8(CC_NORM)
        }
        _ = cel_set_editor(el, "emacs")
        bindKeys()
        // ~/.editrc (or $EDITRC) last, so its settings win: `bind -v` for vi keys.
        _ = cel_source(el, nil)
        if let historyPath { _ = cel_hist_load(hist, &ev, historyPath) }
    }

    deinit {
        close()
        free(promptBuffer)
    }

    private func bindKeys() {
        _ = cel_bind(el, "^I", "planq-complete")
        _ = cel_bind(el, "^R", "em-inc-search-prev")
        // Bracketed paste (the terminal wraps pasted text in ESC[200~ … ESC[201~).
        _ = cel_bind(el, "\u{1B}[200~", "planq-paste-start")
        _ = cel_bind(el, "\u{1B}[201~", "planq-paste-end")
    }

    func readLine(prompt: String) -> ReadResult {
        free(promptBuffer)
        promptBuffer = strdup(prompt)!
        if !pending.isEmpty {
            // Hand libedit one waiting line at a time, so what is left stays ours to peek at.
            let end = pending.firstIndex(where: { $0 == 10 || $0 == 13 }).map { $0 + 1 } ?? pending.count
            var chunk = Array(pending[..<end])
            pending.removeFirst(end)
            chunk.append(0)
            chunk.withUnsafeBufferPointer { p in
                p.withMemoryRebound(to: CChar.self) { el_push(el, $0.baseAddress!) }
            }
        }
        // Editing mode (no kernel echo) before the prompt appears, so keys typed the instant
        // it shows are not echoed twice. Bracketed paste only while a line is being read, so
        // the pager and the editor get a terminal as they expect it.
        _ = cel_prep_term(el, 1)
        cel_puts_stdout(EditLineReader.bracketedPasteOn)
        var count: Int32 = 0
        let got = el_gets(el, &count)
        cel_unblock_sigint()
        cel_puts_stdout(EditLineReader.bracketedPasteOff)
        guard let p = got, count > 0 else {
            typedLines = []
            pasting = false
            if count < 0, cel_take_sigint() != 0 {
                cel_puts_stdout("^C\n")
                return .interrupted
            }
            cel_puts_stdout("\n")
            return .end
        }
        var s = String(cString: p)
        while s.hasSuffix("\n") || s.hasSuffix("\r") { s.removeLast() }
        typedLines.append((prompt, s))
        return .line(s)
    }

    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"

    /// libedit cannot colour the line as it is typed: once a statement is entered, move up
    /// over the lines it took and write them again, coloured. Skipped when anything else was
    /// printed meanwhile, when the lines are not what was typed (a `|` line extending the
    /// last statement), or when widths are uncertain (tabs, wide characters).
    func recolour(_ entry: String, highlighted: String?) {
        defer { typedLines = []; screenMoved = false }
        guard let highlighted, !screenMoved, !typedLines.isEmpty, isatty(STDOUT_FILENO) != 0,
              let width = Terminal.width, width > 0,
              typedLines.map(\.text).joined(separator: "\n") == entry else { return }
        let colouredLines = highlighted.split(separator: "\n", omittingEmptySubsequences: false)
        guard colouredLines.count == typedLines.count else { return }
        var rows = 0
        for line in typedLines {
            let all = line.prompt + line.text
            guard !all.contains("\t"), all.unicodeScalars.allSatisfy({ $0.value < 0x1100 }) else { return }
            rows += max(1, (all.unicodeScalars.count + width - 1) / width)
        }
        var out = "\u{1B}[\(rows)A\r"
        for (line, coloured) in zip(typedLines, colouredLines) {
            out += line.prompt + coloured + "\u{1B}[K\n"
        }
        cel_puts_stdout(out)
    }

    func addHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        _ = cel_hist_enter(hist, &ev, entry)
        saveHistory()
    }

    /// Written after every statement, to a temporary file renamed over the old one: a terminal
    /// closed mid-write (SIGHUP, then SIGKILL) cannot leave an empty history behind.
    private func saveHistory() {
        guard let historyPath else { return }
        let temporary = historyPath + ".tmp-\(getpid())"
        if cel_hist_save(hist, &ev, temporary) >= 0, rename(temporary, historyPath) == 0 { return }
        unlink(temporary)
    }

    func peekPendingLine() -> String? {
        var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while poll(&fds, 1, 0) > 0, fds.revents & Int16(POLLIN) != 0 {
            let n = read(STDIN_FILENO, &buffer, buffer.count)
            if n <= 0 { break }
            pending += buffer[0..<n]
        }
        guard !pending.isEmpty else { return nil }
        let end = pending.firstIndex(where: { $0 == 10 || $0 == 13 }) ?? pending.count
        return String(decoding: pending[..<end], as: UTF8.self)
    }

    func setEditMode(_ mode: String) -> Bool {
        guard mode == "emacs" || mode == "vi" else { return false }
        guard cel_set_editor(el, mode) == 0 else { return false }
        bindKeys()
        return true
    }

    var editMode: String? { cel_get_editor(el).map { String(cString: $0) } }

    var interruptCheck: @Sendable () -> Bool { { cel_peek_sigint() != 0 } }

    func clearInterrupt() { _ = cel_take_sigint() }

    func close() {
        guard !closed else { return }
        closed = true
        // History is already saved after each statement.
        history_end(hist)
        el_end(el)
    }

    /// Tab: insert what all candidates share, or list them when nothing more can be added.
    private func complete() -> UInt8 {
        if pasting {
            _ = el_insertstr(el, "\t")
            return UInt8(CC_REFRESH)
        }
        guard let completer, let info = el_line(el)?.pointee else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: UnsafeRawPointer(info.buffer), count: length),
                            as: UTF8.self)
        let completion = completer(before)
        if let edit = completion.edit {
            if edit.deleteCount > 0 { el_deletestr(el, Int32(edit.deleteCount)) }
            _ = el_insertstr(el, edit.insert)
            return UInt8(CC_REFRESH)
        }
        if completion.candidates.isEmpty { return UInt8(CC_ERROR) }
        screenMoved = true
        cel_puts_stdout("\n" + columnize(completion.display, width: Terminal.width ?? 80))
        return UInt8(CC_REDISPLAY)
    }
}

/// Without libedit: plain lines from standard input, with a prompt.
final class PlainLineReader: LineReader {
    var completer: ((String) -> Completion)?
    private var buffer: [UInt8] = []
    private var atEnd = false

    init() {
        cel_install_sigint()
        cel_unblock_sigint()
    }

    func readLine(prompt: String) -> ReadResult {
        cel_puts_stdout(prompt)
        while true {
            if let nl = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<nl], as: UTF8.self)
                buffer.removeFirst(nl + 1)
                return .line(line)
            }
            if atEnd {
                if buffer.isEmpty { return .end }
                let line = String(decoding: buffer, as: UTF8.self)
                buffer = []
                return .line(line)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = read(STDIN_FILENO, &chunk, chunk.count)
            if n > 0 { buffer += chunk[0..<n]; continue }
            if n < 0, errno == EINTR, cel_take_sigint() != 0 {
                buffer = []
                cel_puts_stdout("^C\n")
                return .interrupted
            }
            atEnd = true
        }
    }

    func addHistory(_ entry: String) {}

    var interruptCheck: @Sendable () -> Bool { { cel_peek_sigint() != 0 } }

    func clearInterrupt() { _ = cel_take_sigint() }
}

/// The REPL's line reader: libedit when it starts, plain lines otherwise. History lives in
/// `$PLANQ_HISTORY` (empty: none) or `~/.planq_history`.
func makeLineReader() -> LineReader {
    let env = ProcessInfo.processInfo.environment
    var historyPath: String? = nil
    if let p = env["PLANQ_HISTORY"] {
        historyPath = p.isEmpty ? nil : p
    } else if let home = env["HOME"], !home.isEmpty {
        historyPath = home + "/.planq_history"
    }
    return EditLineReader(historyPath: historyPath) ?? PlainLineReader()
}
