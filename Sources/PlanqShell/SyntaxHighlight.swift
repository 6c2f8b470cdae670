import PlanQuery

/// ANSI colours for planq source, from the lexer's tokens: keywords bold, strings green,
/// numbers, dates, financial years and money cyan, backquoted names yellow, comments dim.
/// libedit cannot colour the line being typed, so the REPL repaints a statement coloured
/// once it is entered (EditLineReader.recolour).
package enum SyntaxHighlight {
    static let bold = "\u{1B}[1m", green = "\u{1B}[32m", cyan = "\u{1B}[36m", yellow = "\u{1B}[33m",
               dim = "\u{1B}[2m", reset = "\u{1B}[0m"
    static let keywords = Set(Keywords.all)

    package static func ansi(_ text: String) -> String {
        let file = SourceFile(name: "<repl>", text: text)
        let (tokens, _) = Lexer.tokenize(file)
        var out = ""
        var pos = 0
        func plain(upTo end: Int) {
            guard end > pos else { return }
            // Between tokens: spaces, line breaks and comments.
            let gap = String(decoding: file.bytes[pos..<end], as: UTF8.self)
            var lines: [String] = []
            for line in gap.split(separator: "\n", omittingEmptySubsequences: false) {
                if let hash = line.firstIndex(of: "#") {
                    lines.append(String(line[..<hash]) + dim + String(line[hash...]) + reset)
                } else {
                    lines.append(String(line))
                }
            }
            out += lines.joined(separator: "\n")
            pos = end
        }
        for t in tokens where t.kind != .eof {
            plain(upTo: t.start)
            let piece = String(decoding: file.bytes[t.start..<t.end], as: UTF8.self)
            let colour: String?
            switch t.kind {
            case .identifier: colour = keywords.contains(piece) ? bold : nil
            case .string: colour = green
            case .integer, .decimal, .float, .percent, .money, .date, .month, .fiscalYear: colour = cyan
            case .quotedIdentifier: colour = yellow
            default: colour = nil
            }
            out += colour.map { $0 + piece + reset } ?? piece
            pos = t.end
        }
        plain(upTo: file.bytes.count)
        return out
    }
}
