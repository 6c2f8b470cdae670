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
        openConstruct(text) == .none
    }

    /// What keeps a statement open, for the continuation prompt.
    package enum OpenConstruct: Equatable, Sendable {
        case none
        /// The innermost unclosed `(` or `[`, or `"` for a string left open inside one.
        case bracket(Character)
        case caseWithoutEnd
        /// The line ends with `|`, `=` or `\`.
        case trailing(Character)
    }

    package static func openConstruct(_ text: String) -> OpenConstruct {
        let trimmed = text.trimmingTrailingWhitespace
        if trimmed.hasSuffix("\\") { return .trailing("\\") }
        let file = SourceFile(name: "<repl>", text: text)
        let (tokens, diagnostics) = Lexer.tokenize(file)
        var stack: [Character] = []
        var caseDepth = 0
        var last: Token? = nil
        for t in tokens {
            switch t.kind {
            case .lparen: stack.append("(")
            case .lbracket: stack.append("[")
            case .rparen, .rbracket: _ = stack.popLast()
            case .identifier:
                let word = file.text(of: Span(file: file, start: t.start, end: t.end))
                if word == "case" { caseDepth += 1 }
                if word == "end" { caseDepth = max(0, caseDepth - 1) }
            case .newline, .eof: continue
            default: break
            }
            last = t
        }
        if !stack.isEmpty {
            let lastLine = file.lineStarts.count
            let unclosedString = diagnostics.contains {
                $0.message.hasPrefix("unterminated") && $0.span.map { file.location(of: $0.start).line == lastLine } == true
            }
            return .bracket(unclosedString ? "\"" : stack.last!)
        }
        if caseDepth > 0 { return .caseWithoutEnd }
        if let last, last.kind == .pipe { return .trailing("|") }
        if let last, last.kind == .assign { return .trailing("=") }
        return .none
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
