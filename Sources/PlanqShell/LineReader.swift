/// What one read from the terminal gave.
package enum ReadResult: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: drop what was typed so far.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case end
}

/// What Tab offers: `word` is the text just before the cursor that a candidate replaces
/// (a partial name, or a partial path inside a string); `candidates` are whole replacements.
package struct Completion: Equatable, Sendable {
    package var word: String
    package var candidates: [String]
    /// How each candidate is listed when several fit (a path's last part, say); same order.
    package var display: [String]

    package init(word: String, candidates: [String], display: [String]? = nil) {
        self.word = word
        self.candidates = candidates
        self.display = display ?? candidates
    }

    package static let none = Completion(word: "", candidates: [])

    /// The longest text every candidate starts with.
    package var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for c in candidates.dropFirst() {
            prefix = String(zip(prefix, c).prefix { $0 == $1 }.map(\.0))
            if prefix.isEmpty { break }
        }
        return prefix
    }

    /// The edit one Tab makes: delete `deleteCount` characters (Unicode scalars) before the cursor and insert
    /// `insert`. Nil when nothing can be added (several candidates share no longer prefix):
    /// the reader then lists `display`.
    package var edit: (deleteCount: Int, insert: String)? {
        guard !candidates.isEmpty else { return nil }
        let target = candidates.count == 1 ? candidates[0] : commonPrefix
        if target == word || target.isEmpty { return nil }
        if target.hasPrefix(word) { return (0, String(target.dropFirst(word.count))) }
        // A case-insensitive match or a name that needs backquotes: replace the word.
        if candidates.count > 1, target.count <= word.count { return nil }
        return (word.unicodeScalars.count, target)
    }
}

/// Lays out completion candidates in columns for a terminal of `width` columns.
package func columnize(_ items: [String], width: Int) -> String {
    guard !items.isEmpty else { return "" }
    let colWidth = (items.map(\.count).max() ?? 0) + 2
    let perRow = max(1, width / max(1, colWidth))
    let rows = (items.count + perRow - 1) / perRow
    var out = ""
    for r in 0..<rows {
        var line = ""
        for c in 0..<perRow {
            let i = c * rows + r
            guard i < items.count else { break }
            let item = items[i]
            let isLast = c == perRow - 1 || (c + 1) * rows + r >= items.count
            line += isLast ? item : item + String(repeating: " ", count: colWidth - item.count)
        }
        out += line + "\n"
    }
    return out
}

/// Where the REPL's lines come from: libedit on a terminal, a scripted list in tests.
package protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> ReadResult
    /// Adds one history entry (a whole statement, possibly several lines) and persists it.
    func addHistory(_ entry: String)
    /// Called on Tab with the text of the current line before the cursor.
    var completer: ((String) -> Completion)? { get set }
    /// The next line when one was already typed ahead or pasted, without consuming it; nil
    /// when no input is waiting. The REPL uses it to see whether a following line that starts
    /// with `|` belongs to the statement it just read.
    func peekPendingLine() -> String?
    /// `emacs` or `vi`; false when the mode is unknown or the reader cannot edit.
    func setEditMode(_ mode: String) -> Bool
    /// The keys in use (`emacs`, `vi`), after ~/.editrc; nil when the reader cannot edit.
    var editMode: String? { get }
    /// A check the engine calls between query steps: true once Ctrl-C was pressed.
    var interruptCheck: @Sendable () -> Bool { get }
    /// Forgets an earlier Ctrl-C before a new statement runs.
    func clearInterrupt()
    /// Saves history and restores the terminal; called once when the REPL ends.
    func close()
    /// Repaints the statement just entered, coloured (`highlighted`), where it was typed; a
    /// reader that cannot (no terminal, or the lines moved) does nothing.
    func recolour(_ entry: String, highlighted: String?)
}

extension LineReader {
    package func peekPendingLine() -> String? { nil }
    package func setEditMode(_ mode: String) -> Bool { false }
    package var editMode: String? { nil }
    package var interruptCheck: @Sendable () -> Bool { { false } }
    package func clearInterrupt() {}
    package func close() {}
    package func recolour(_ entry: String, highlighted: String?) {}
}
