/// Turns source bytes into tokens. Works on UTF-8 bytes with integer offsets (see
/// ARCHITECTURE.md: `Character` iteration is two orders of magnitude slower).
///
/// Newlines are significant (they end statements) except inside brackets; the parser
/// also lets a newline stand before `|`.
package struct Lexer {
    let file: SourceFile
    let bytes: [UInt8]
    var pos = 0
    var depth = 0
    package private(set) var diagnostics: [Diagnostic] = []

    package init(_ file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
    }

    /// Lexes only `range` of the file (an `{expression}` inside a report string); token offsets
    /// stay the file's, so errors point into the string.
    package init(_ file: SourceFile, range: Range<Int>) {
        self.file = file
        self.bytes = Array(file.bytes[0..<min(range.upperBound, file.bytes.count)])
        self.pos = range.lowerBound
    }

    package static func tokenize(_ file: SourceFile, range: Range<Int>? = nil) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = range.map { Lexer(file, range: $0) } ?? Lexer(file)
        var tokens: [Token] = []
        let runGuard = RunGuard.current
        while true {
            let t = lexer.next()
            tokens.append(t)
            if t.kind == .eof { break }
            // A long source (a module of thousands of definitions) stops at a cancel, checked
            // every 4Ki tokens: what was read is dropped, so the parser reads an empty source
            // and the cancel is the only error.
            if tokens.count & 0xFFF == 0, let stop = runGuard?.stopReason {
                return ([Token(kind: .eof, start: t.end, end: t.end)], [stop])
            }
        }
        if lexer.errorsDropped > 0 {
            lexer.diagnostics.append(.error(.syntax, "\(lexer.errorsDropped) more unexpected characters not listed",
                                            at: lexer.lastDroppedSpan))
        }
        return (tokens, lexer.diagnostics)
    }

    @inline(__always) func peek(_ offset: Int = 0) -> UInt8 {
        let i = pos + offset
        return i < bytes.count ? bytes[i] : 0
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isIdentStart(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || b >= 0xC0
    }
    static func isIdentContinue(_ b: UInt8) -> Bool {
        isIdentStart(b) || isDigit(b) || (b >= 0x80 && b < 0xC0)
    }

    /// Errors past `Limits.maxSyntaxErrors` are counted, not kept (a binary file read as a
    /// script has an error per byte); `tokenize` reports the count.
    var errorsDropped = 0
    var lastDroppedSpan: Span? = nil

    mutating func error(_ message: String, _ start: Int, _ end: Int, hints: [String] = []) {
        var span = Span(file: file, start: start, end: end)
        // A run of the same mistake (`!!!!`) is one error over the run.
        if let last = diagnostics.last, last.message == message, last.span?.end == start, let lastSpan = last.span {
            span = Span(file: file, start: lastSpan.start, end: end)
            diagnostics[diagnostics.count - 1].span = span
            return
        }
        guard diagnostics.count < Limits.maxSyntaxErrors else {
            errorsDropped += 1
            lastDroppedSpan = span
            return
        }
        diagnostics.append(.error(.syntax, message, at: span, hints: hints))
    }

    /// The next token. An unexpected character is reported and skipped in a loop, not by
    /// calling itself: a run of 30,000 of them must not use 30,000 stack frames.
    package mutating func next() -> Token {
        while true {
            skipTrivia()
            let start = pos
            guard pos < bytes.count else { return Token(kind: .eof, start: pos, end: pos) }
            let b = bytes[pos]
            func single(_ k: TokenKind) -> Token { pos += 1; return Token(kind: k, start: start, end: pos) }
            switch b {
            case UInt8(ascii: "\n"):
                pos += 1
                return Token(kind: .newline, start: start, end: pos)
            case UInt8(ascii: "|"):
                // `||` is SQL's `or` (and its text concatenation); `| |` is never planq. Kept as one
                // word so the parser can read on as if `or` was written (SQLHabits).
                if peek(1) == UInt8(ascii: "|") {
                    pos += 2
                    error("`||` is not an operator in planq", start, pos,
                          hints: ["write `or` for either condition (`+` joins two texts)"])
                    return Token(kind: .identifier, start: start, end: pos)
                }
                return single(.pipe)
            case UInt8(ascii: "&"):
                if peek(1) == UInt8(ascii: "&") {
                    pos += 2
                    error("`&&` is not an operator in planq", start, pos, hints: ["write `and`: `value > 1 and value < 3`"])
                    return Token(kind: .identifier, start: start, end: pos)
                }
                pos += 1
                error("unexpected `&`", start, pos, hints: ["write `and` to combine conditions"])
                continue
            case UInt8(ascii: ","): return single(.comma)
            case UInt8(ascii: ";"): return single(.semicolon)
            case UInt8(ascii: "("): depth += 1; return single(.lparen)
            case UInt8(ascii: ")"): depth = max(0, depth - 1); return single(.rparen)
            case UInt8(ascii: "["): depth += 1; return single(.lbracket)
            case UInt8(ascii: "]"): depth = max(0, depth - 1); return single(.rbracket)
            case UInt8(ascii: "+"): return single(.plus)
            case UInt8(ascii: "-"): return single(.minus)
            case UInt8(ascii: "*"): return single(.star)
            case UInt8(ascii: "/"): return single(.slash)
            case UInt8(ascii: "%"): return single(.percentSign)
            case UInt8(ascii: "."):
                if Lexer.isDigit(peek(1)) { return number(start) }
                return single(.dot)
            case UInt8(ascii: "="):
                if peek(1) == UInt8(ascii: "=") { pos += 2; return Token(kind: .eq, start: start, end: pos) }
                return single(.assign)
            case UInt8(ascii: "!"):
                if peek(1) == UInt8(ascii: "=") { pos += 2; return Token(kind: .ne, start: start, end: pos) }
                pos += 1
                error("unexpected `!`", start, pos, hints: ["write `not x` for negation and `!=` for 'not equal'"])
                continue
            case UInt8(ascii: "<"):
                if peek(1) == UInt8(ascii: "=") { pos += 2; return Token(kind: .le, start: start, end: pos) }
                if peek(1) == UInt8(ascii: ">") { pos += 2; return Token(kind: .ne, start: start, end: pos) }
                return single(.lt)
            case UInt8(ascii: ">"):
                if peek(1) == UInt8(ascii: "=") { pos += 2; return Token(kind: .ge, start: start, end: pos) }
                return single(.gt)
            case UInt8(ascii: "?"):
                if peek(1) == UInt8(ascii: "?") { pos += 2; return Token(kind: .coalesce, start: start, end: pos) }
                pos += 1
                error("unexpected `?`", start, pos, hints: ["`??` gives the right-hand value when the left is null"])
                continue
            case UInt8(ascii: "~"):
                if peek(1) == UInt8(ascii: "=") { pos += 2; return Token(kind: .regexMatch, start: start, end: pos) }
                pos += 1
                error("unexpected `~`", start, pos, hints: ["regex match is written `text ~= \"pattern\"`"])
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                return string(start, quote: b)
            case UInt8(ascii: "`"):
                return quotedIdentifier(start)
            case UInt8(ascii: "@"):
                return dateLiteral(start)
            case 0xC2 where peek(1) == 0xA3:  // £
                return money(start)
            default:
                if Lexer.isDigit(b) { return number(start) }
                if b == UInt8(ascii: "F"), peek(1) == UInt8(ascii: "Y"), Lexer.isDigit(peek(2)) {
                    return fiscalYear(start)
                }
                if Lexer.isIdentStart(b) {
                    while pos < bytes.count, Lexer.isIdentContinue(bytes[pos]) { pos += 1 }
                    return Token(kind: .identifier, start: start, end: pos)
                }
                // Skip one whole UTF-8 scalar.
                pos += 1
                while pos < bytes.count, bytes[pos] & 0xC0 == 0x80 { pos += 1 }
                let text = String(decoding: bytes[start..<pos], as: UTF8.self)
                error("unexpected character `\(text)`", start, pos)
                continue
            }
        }
    }

    mutating func skipTrivia() {
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") {
                pos += 1
            } else if b == UInt8(ascii: "#") {
                while pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
            } else if b == UInt8(ascii: "\n"), depth > 0 {
                pos += 1
            } else if b == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "\n") {
                pos += 2  // explicit line continuation
            } else {
                return
            }
        }
    }

    mutating func digits() {
        while pos < bytes.count, Lexer.isDigit(bytes[pos]) || (bytes[pos] == UInt8(ascii: "_") && Lexer.isDigit(peek(1))) {
            pos += 1
        }
    }

    mutating func number(_ start: Int) -> Token {
        var kind = TokenKind.integer
        digits()
        if peek() == UInt8(ascii: "."), Lexer.isDigit(peek(1)) {
            pos += 1
            digits()
            kind = .decimal
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E"),
           Lexer.isDigit(peek(1)) || ((peek(1) == UInt8(ascii: "-") || peek(1) == UInt8(ascii: "+")) && Lexer.isDigit(peek(2))) {
            pos += 2
            digits()
            kind = .float
        }
        // `5%` is a percentage when `%` is attached and not followed by an operand.
        if peek() == UInt8(ascii: "%"), !Lexer.isIdentStart(peek(1)), !Lexer.isDigit(peek(1)),
           peek(1) != UInt8(ascii: "("), peek(1) != UInt8(ascii: "`") {
            pos += 1
            return Token(kind: .percent, start: start, end: pos)
        }
        if Lexer.isIdentStart(peek()) {
            let s = pos
            while pos < bytes.count, Lexer.isIdentContinue(bytes[pos]) { pos += 1 }
            let suffix = String(decoding: bytes[s..<pos], as: UTF8.self)
            error("unexpected `\(suffix)` after a number", start, pos,
                  hints: ["money is written with a pound sign: `£1.2m`, `£350k`"])
        }
        return Token(kind: kind, start: start, end: pos)
    }

    mutating func money(_ start: Int) -> Token {
        pos += 2
        if !Lexer.isDigit(peek()) {
            error("expected an amount after `£`", start, pos, hints: ["for example `£1.2m`, `£350k`, `£1,639.8`"])
            return Token(kind: .money, start: start, end: pos)
        }
        while pos < bytes.count {
            let b = bytes[pos]
            if Lexer.isDigit(b) || b == UInt8(ascii: "_") { pos += 1; continue }
            // `,ddd` followed by a non-digit is a thousands separator.
            if b == UInt8(ascii: ","), Lexer.isDigit(peek(1)), Lexer.isDigit(peek(2)), Lexer.isDigit(peek(3)),
               !Lexer.isDigit(peek(4)) { pos += 4; continue }
            if b == UInt8(ascii: "."), Lexer.isDigit(peek(1)) { pos += 1; continue }
            break
        }
        if peek() == UInt8(ascii: "b"), peek(1) == UInt8(ascii: "n") { pos += 2 }
        else if peek() == UInt8(ascii: "m") || peek() == UInt8(ascii: "k") { pos += 1 }
        if Lexer.isIdentContinue(peek()) {
            let s = pos
            while pos < bytes.count, Lexer.isIdentContinue(bytes[pos]) { pos += 1 }
            error("unexpected `\(String(decoding: bytes[s..<pos], as: UTF8.self))` after an amount", start, pos,
                  hints: ["money suffixes are `k`, `m` and `bn`"])
        }
        return Token(kind: .money, start: start, end: pos)
    }

    mutating func fiscalYear(_ start: Int) -> Token {
        pos += 2
        digits()
        if peek() == UInt8(ascii: "/") || peek() == UInt8(ascii: "-") {
            pos += 1
            digits()
        }
        return Token(kind: .fiscalYear, start: start, end: pos)
    }

    mutating func dateLiteral(_ start: Int) -> Token {
        pos += 1
        let s = pos
        while pos < bytes.count, Lexer.isDigit(bytes[pos]) || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        let dashes = bytes[s..<pos].filter { $0 == UInt8(ascii: "-") }.count
        if dashes == 1 { return Token(kind: .month, start: start, end: pos) }
        return Token(kind: .date, start: start, end: pos)
    }

    mutating func string(_ start: Int, quote: UInt8) -> Token {
        pos += 1
        while pos < bytes.count {
            let b = bytes[pos]
            if b == quote { pos += 1; return Token(kind: .string, start: start, end: pos) }
            if b == UInt8(ascii: "\\") { pos += 2; continue }
            if b == UInt8(ascii: "\n") { break }
            pos += 1
        }
        pos = min(pos, bytes.count)  // a backslash as the last byte must not step past the end
        error("unterminated string", start, min(pos, bytes.count),
              hints: ["close the string with \(quote == UInt8(ascii: "'") ? "'" : "\"") on the same line"])
        return Token(kind: .string, start: start, end: min(pos, bytes.count))
    }

    mutating func quotedIdentifier(_ start: Int) -> Token {
        pos += 1
        while pos < bytes.count, bytes[pos] != UInt8(ascii: "`"), bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
        if peek() == UInt8(ascii: "`") {
            pos += 1
        } else {
            error("unterminated `quoted name`", start, pos, hints: ["close the name with a backquote on the same line"])
        }
        return Token(kind: .quotedIdentifier, start: start, end: pos)
    }
}
