/// Every problem planq reports is a value: a severity, a message, the span it is about, and
/// hints. Nothing in the library prints; front ends render diagnostics with `render()`.
public struct Diagnostic: Sendable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }

    /// What kind of failure this is; the CLI maps it to an exit code.
    public enum Kind: Sendable {
        case syntax, name, type, runtime, data, io, usage
        /// Something the host does not allow: a file outside the file policy, a size or
        /// nesting limit, a time limit, a cancelled query.
        case limit
    }

    public var severity: Severity
    public var kind: Kind
    public var message: String
    public var span: Span?
    public var hints: [String]
    /// Where in the data a runtime error happened, e.g. "row 1,204 of budgets.csv, column `net`".
    public var dataLocation: String?

    public init(_ severity: Severity = .error, kind: Kind, _ message: String, at span: Span?,
                hints: [String] = [], dataLocation: String? = nil) {
        self.severity = severity
        self.kind = kind
        self.message = message
        self.span = span
        self.hints = hints
        self.dataLocation = dataLocation
    }

    public static func error(_ kind: Kind, _ message: String, at span: Span?, hints: [String] = []) -> Diagnostic {
        Diagnostic(.error, kind: kind, message, at: span, hints: hints)
    }

    public static func warning(_ message: String, at span: Span?, hints: [String] = []) -> Diagnostic {
        Diagnostic(.warning, kind: .data, message, at: span, hints: hints)
    }

    public var description: String { render() }

    /// The name of the source the diagnostic points into (a path, `<command>`), when it
    /// points anywhere.
    public var sourceName: String? { span?.file.name }
    /// 1-based line of the span's start; nil for a diagnostic about no place in the
    /// source (a refused file, a cancelled run, a loader finding).
    public var line: Int? { span?.startLocation.line }
    /// 1-based column (in characters, so `£` is one) of the span's start; nil as for `line`.
    public var column: Int? { span?.startLocation.column }
    /// 1-based line and column just past the span's end; nil as for `line`.
    public var endLine: Int? { span?.endLocation.line }
    public var endColumn: Int? { span?.endLocation.column }

    /// `FILE:LINE:COL: error: MESSAGE`, then the source line and a caret line under the span.
    public func render() -> String {
        var out = ""
        if let span {
            let (line, column) = span.file.location(of: span.start)
            out += "\(span.file.name):\(line):\(column): \(severity.rawValue): \(message)"
            if let dataLocation { out += " (\(dataLocation))" }
            let lineText = span.file.lineText(line)
            let (shown, caret) = Diagnostic.sourceExcerpt(lineText: lineText, startColumn: column, span: span, line: line)
            out += "\n" + shown + "\n" + caret
        } else {
            out += "\(severity.rawValue): \(message)"
            if let dataLocation { out += " (\(dataLocation))" }
        }
        for hint in hints { out += "\nhint: " + hint }
        return out
    }

    /// Source lines longer than this are shown as a window around the span, so an error in
    /// a 100 KB one-line query prints a line, not the query.
    static let longestShownLine = 160

    /// The source line (or the part of it around the span) and a caret line under the span.
    static func sourceExcerpt(lineText: String, startColumn: Int, span: Span, line: Int) -> (String, String) {
        let scalars = Array(lineText.unicodeScalars)
        // Underline to the end of the span, but not past this line.
        let endLoc = span.file.location(of: span.end)
        let endColumn = endLoc.line == line ? endLoc.column : scalars.count + 1
        var from = 0, to = scalars.count
        if scalars.count > longestShownLine {
            from = max(0, startColumn - 1 - 60)
            to = min(scalars.count, from + longestShownLine - 40)
        }
        var shown = String(String.UnicodeScalarView(scalars[from..<to]))
        var pad = from > 0 ? " " : ""
        if from > 0 { shown = "…" + shown }
        if to < scalars.count { shown += "…" }
        for ch in scalars[from..<min(to, max(from, startColumn - 1))] {
            pad.append(ch == "\t" ? "\t" : " ")
        }
        let width = max(1, min(endColumn, to + 1) - startColumn)
        return (shown, pad + String(repeating: "^", count: width))
    }
}

/// One or more diagnostics thrown together (a parse can find several errors).
public struct PlanQueryError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
    public var description: String { diagnostics.map { $0.render() }.joined(separator: "\n") }
}

/// "did you mean" candidates by edit distance.
package func closestNames(to name: String, in candidates: [String], limit: Int = 1) -> [String] {
    let lower = name.lowercased()
    let scored = candidates.map { ($0, editDistance(lower, $0.lowercased())) }
    // Two edits make almost any three-letter word look like another (`foo` → `cor`).
    let threshold = name.count <= 3 ? 1 : max(2, name.count / 3)
    return scored.filter { $0.1 <= threshold }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        .prefix(limit).map(\.0)
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count), cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        cur[0] = i
        for j in 1...b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[b.count]
}
