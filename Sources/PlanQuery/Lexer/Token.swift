package enum TokenKind: UInt8, Sendable {
    case identifier          // words; keywords are recognised by the parser in context
    case quotedIdentifier    // `Actual 2006/07`
    case integer, decimal, float, percent, money
    case string
    case date                // @2009-03-31
    case month               // @2009-03
    case fiscalYear          // FY2008/09
    case pipe                // |
    case comma, semicolon, dot
    case lparen, rparen, lbracket, rbracket
    case assign              // =
    case eq, ne, lt, le, gt, ge
    case plus, minus, star, slash, percentSign
    case coalesce            // ??
    case regexMatch          // ~=
    case newline
    case eof
}

package struct Token: Sendable {
    package var kind: TokenKind
    package var start: Int
    package var end: Int
}

/// Words with a meaning in planq. Reserved words cannot name a column without backquotes;
/// the others are keywords only where the grammar expects them (`total` can still be a column).
package enum Keywords {
    package static let reserved: Set<String> = [
        "and", "or", "not", "in", "between", "if", "then", "else", "case", "when",
        "true", "false", "null",
    ]
    /// The transforms, `from` first (the table in `TransformSpec.all`).
    package static let transforms: [String] = TransformSpec.all.map(\.name)
    /// The transforms that follow a `|`: every one but `from`.
    package static let steps: [String] = transforms.filter { $0 != "from" }
    package static let contextual: [String] = [
        "by", "on", "inner", "left", "full", "anti", "semi", "using", "into", "as",
        "let", "fn", "import", "param", "help", "end", "read",
    ]
    /// Report statements: each starts a statement and is followed by its text or query.
    package static let report: [String] = [
        "title", "section", "text", "table", "chart", "note", "source", "pagebreak",
        "bar", "stacked", "line",
    ]
    package static var all: [String] { Array(reserved).sorted() + transforms + contextual + report }
}
