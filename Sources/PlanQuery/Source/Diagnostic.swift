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

    /// `FILE:LINE:COL: error: MESSAGE`, then the source line and a caret line under the span.
    public func render() -> String {
        var out = ""
        if let span {
            let (line, column) = span.file.location(of: span.start)
            out += "\(span.file.name):\(line):\(column): \(severity.rawValue): \(message)"
            if let dataLocation { out += " (\(dataLocation))" }
            let lineText = span.file.lineText(line)
            out += "\n" + lineText + "\n"
            out += Diagnostic.caretLine(lineText: lineText, startColumn: column, span: span, line: line)
        } else {
            out += "\(severity.rawValue): \(message)"
            if let dataLocation { out += " (\(dataLocation))" }
        }
        for hint in hints { out += "\nhint: " + hint }
        return out
    }

    static func caretLine(lineText: String, startColumn: Int, span: Span, line: Int) -> String {
        var pad = ""
        for (i, ch) in lineText.unicodeScalars.enumerated() where i < startColumn - 1 {
            pad.append(ch == "\t" ? "\t" : " ")
        }
        // Underline to the end of the span, but not past this line.
        let endLoc = span.file.location(of: span.end)
        let lineLength = lineText.unicodeScalars.count
        let endColumn = endLoc.line == line ? endLoc.column : lineLength + 1
        let width = max(1, endColumn - startColumn)
        return pad + String(repeating: "^", count: width)
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
public func closestNames(to name: String, in candidates: [String], limit: Int = 1) -> [String] {
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
