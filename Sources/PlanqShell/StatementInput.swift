import PlanQuery

/// When does a statement typed over several lines end?
///
/// The rule the REPL follows (docs/repl.md):
/// - a statement goes on to the next line while a `(` or `[` is open, while a `case` has no
///   `end`, or when the line ends with `|`, `=` or `\`;
/// - a line that starts with `|` continues the statement before it: when that statement was
///   pasted with it, the two are run together; typed at the `planq>` prompt, it adds a step to
///   the last statement that ran and runs the result;
/// - a line that starts with `.` at the start of a statement is a meta-command.
package enum StatementInput {
    /// True when `text` needs no further line.
    package static func isComplete(_ text: String) -> Bool {
        let trimmed = text.trimmingTrailingWhitespace
        if trimmed.isEmpty { return true }
        if trimmed.hasSuffix("\\") { return false }
        let file = SourceFile(name: "<repl>", text: text)
        let (tokens, _) = Lexer.tokenize(file)
        var depth = 0
        var caseDepth = 0
        var last: Token? = nil
        for t in tokens {
            switch t.kind {
            case .lparen, .lbracket: depth += 1
            case .rparen, .rbracket: depth = max(0, depth - 1)
            case .identifier:
                let word = file.text(of: Span(file: file, start: t.start, end: t.end))
                if word == "case" { caseDepth += 1 }
                if word == "end" { caseDepth = max(0, caseDepth - 1) }
            case .newline, .eof: continue
            default: break
            }
            last = t
        }
        if depth > 0 || caseDepth > 0 { return false }
        if let last, last.kind == .pipe || last.kind == .assign { return false }
        return true
    }

    /// True when the line is a meta-command such as `.mode csv`.
    package static func isMetaCommand(_ line: String) -> Bool {
        let t = line.trimmingLeadingWhitespace
        guard t.first == "." else { return false }
        let next = t.dropFirst().first
        return next.map { $0.isLetter } ?? false
    }

    /// True when the line adds a step to the statement before it.
    package static func startsWithPipe(_ line: String) -> Bool {
        line.trimmingLeadingWhitespace.first == "|"
    }

    /// True for lines with nothing to run (blank, or only a comment).
    package static func isBlank(_ text: String) -> Bool {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = String(line).trimmingLeadingWhitespace
            if !t.isEmpty, !t.hasPrefix("#") { return false }
        }
        return true
    }
}

extension String {
    var trimmingLeadingWhitespace: String {
        String(drop { $0.isWhitespace })
    }

    var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    var trimmed: String { trimmingLeadingWhitespace.trimmingTrailingWhitespace }
}
