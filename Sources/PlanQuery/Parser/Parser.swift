/// A hand-written recursive-descent parser with precedence climbing for expressions.
/// Grammar: grammar/planq.ebnf. Keywords are recognised in context (see `Keywords`).
package struct Parser {
    let file: SourceFile
    var tokens: [Token]
    var index = 0
    package internal(set) var diagnostics: [Diagnostic] = []
    /// Capitalised keywords (`WHERE`) are reported once per statement: up to this offset (SQLHabits).
    var capitalsNotedUpTo = 0
    /// Brackets, sub-expressions and sub-queries entered and not yet left (the nesting limit).
    var nesting = NestingDepth()

    struct Failure: Error {}

    package init(_ file: SourceFile) {
        self.file = file
        let (tokens, lexDiagnostics) = Lexer.tokenize(file)
        self.tokens = tokens
        self.diagnostics = lexDiagnostics
    }

    /// A parser over part of a file (an `{expression}` in a report string).
    init(_ file: SourceFile, range: Range<Int>) {
        self.file = file
        let (tokens, lexDiagnostics) = Lexer.tokenize(file, range: range)
        self.tokens = tokens
        self.diagnostics = lexDiagnostics
    }

    /// Parses a whole program; syntax errors are collected, and parsing resumes at the next statement.
    package static func parse(_ file: SourceFile) -> (Program, [Diagnostic]) {
        var p = Parser(file)
        let statements = p.parseProgram()
        return (Program(file: file, statements: statements), p.diagnostics)
    }

    // MARK: token helpers

    var current: Token { tokens[index] }
    var kind: TokenKind { tokens[index].kind }
    func text(_ t: Token) -> String { String(decoding: file.bytes[t.start..<t.end], as: UTF8.self) }
    var currentText: String { text(current) }
    func span(_ t: Token) -> Span { Span(file: file, start: t.start, end: t.end) }
    func span(from start: Int) -> Span {
        let end = index > 0 ? tokens[index - 1].end : start
        return Span(file: file, start: start, end: max(start, end))
    }

    func isWord(_ w: String) -> Bool { kind == .identifier && currentText == w }
    func isWord(_ w: String, at offset: Int) -> Bool {
        let i = index + offset
        guard i < tokens.count, tokens[i].kind == .identifier else { return false }
        return text(tokens[i]) == w
    }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    mutating func accept(_ k: TokenKind) -> Bool {
        if kind == k { advance(); return true }
        return false
    }

    mutating func acceptWord(_ w: String) -> Bool {
        if isWord(w) { advance(); return true }
        return false
    }

    /// Enters one level of recursion; past the nesting limit (or the thread's stack) it is a
    /// syntax error at the current token. Pair with `nesting.leave()`.
    mutating func nest(_ what: String = "expression") throws {
        do {
            try nesting.enter(span(current), what)
        } catch let e as PlanQueryError {
            diagnostics += e.diagnostics
            throw Failure()
        }
    }

    /// A tree built by a loop (`1 + 1 + …`, `a and b and …`) grows deeper without recursion
    /// here, but every later stage walks it recursively.
    mutating func checkHeight(_ e: Expr) throws {
        if e.height > nesting.limit {
            diagnostics += NestingDepth.tooDeep(Span(file: file, start: e.span.end, end: e.span.end + 1), "expression", limit: nesting.limit).diagnostics
            throw Failure()
        }
    }

    mutating func fail(_ message: String, at t: Token? = nil, hints: [String] = []) -> Failure {
        let tok = t ?? current
        var where_ = span(tok)
        // At the end of a line or of the input, point just after the last real token.
        if (tok.kind == .eof || tok.kind == .newline), let prev = previousSignificant(before: tok) {
            where_ = Span(file: file, start: prev.end, end: prev.end + 1)
        }
        diagnostics.append(.error(.syntax, message, at: where_, hints: hints.isEmpty ? habitHints(at: tok) : hints))
        return Failure()
    }

    func previousSignificant(before t: Token) -> Token? {
        guard var i = tokens.firstIndex(where: { $0.start == t.start && $0.kind == t.kind }) else { return nil }
        while i > 0 {
            i -= 1
            if tokens[i].kind != .newline { return tokens[i] }
        }
        return nil
    }

    func line(of offset: Int) -> Int { file.location(of: offset).line }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "end of input"
        case .newline: return "end of line"
        default: return "`\(text(t))`"
        }
    }

    mutating func expect(_ k: TokenKind, _ what: String, hints: [String] = []) throws -> Token {
        if kind == k { return advance() }
        throw fail("expected \(what), found \(describe(current))", hints: hints)
    }

    mutating func expectWord(_ w: String, hints: [String] = []) throws -> Token {
        if isWord(w) { return advance() }
        throw fail("expected `\(w)`, found \(describe(current))", hints: hints)
    }

    mutating func skipNewlines() {
        while kind == .newline || kind == .semicolon { advance() }
    }

    /// True when the next significant token (skipping newlines) is `|`; consumes the newlines.
    mutating func continuesWithPipe() -> Bool {
        var i = index
        while tokens[i].kind == .newline { i += 1 }
        if tokens[i].kind == .pipe { index = i; return true }
        return false
    }

    mutating func identifierName(_ what: String) throws -> (String, Span) {
        let t = current
        switch t.kind {
        case .identifier:
            let w = text(t)
            if Keywords.reserved.contains(w) {
                throw fail("`\(w)` is a reserved word and cannot be used as \(what)",
                           hints: ["put it in backquotes: `\(w)`"])
            }
            advance()
            return (w, span(t))
        case .quotedIdentifier:
            advance()
            let s = text(t)
            return (String(s.dropFirst().dropLast()), span(t))
        default:
            throw fail("expected \(what), found \(describe(t))")
        }
    }

    // MARK: statements

    mutating func parseProgram() -> [Statement] {
        var statements: [Statement] = []
        skipNewlines()
        let runGuard = RunGuard.current
        while kind != .eof {
            // A long source (a module of thousands of definitions) stops at a cancel.
            if statements.count & 0xFF == 0xFF, let stop = runGuard?.stopReason {
                diagnostics.append(stop)
                break
            }
            if diagnostics.count >= Limits.maxSyntaxErrors,
               diagnostics.filter({ $0.severity == .error }).count >= Limits.maxSyntaxErrors {
                diagnostics.append(.error(.syntax, "too many syntax errors; the rest of the source was not read", at: span(current)))
                break
            }
            do {
                statements.append(try parseStatement())
                if kind != .eof, kind != .newline, kind != .semicolon {
                    throw fail("unexpected \(describe(current)) after the end of the statement",
                               hints: hintAfterStatement())
                }
            } catch {
                recover()
            }
            skipNewlines()
        }
        return statements
    }

    func hintAfterStatement() -> [String] {
        // SQL's `group by`/`order by` first: `group` and `order` also start transforms.
        if kind == .identifier, ["group", "order"].contains(currentText.lowercased()), isWord("by", at: 1) {
            return habitHints(at: current)
        }
        if kind == .identifier, Keywords.transforms.contains(currentText) {
            return ["transforms are separated by `|`: `... | \(currentText) ...`"]
        }
        // `kpis | take 3`: a table name alone where a query was meant.
        if kind == .pipe, index == 1 || (index >= 2 && tokens[index - 2].kind.endsStatement),
           tokens[index - 1].kind == .identifier || tokens[index - 1].kind == .quotedIdentifier {
            return ["a query starts with `from`: `from \(text(tokens[index - 1])) | ...`"]
        }
        return habitHints(at: current)
    }

    /// True when the `(` at the current token holds a `,` at its own depth: `in ("a", "b")`.
    func parenthesesHoldAList() -> Bool {
        let close = matchingClose(of: index)
        var depth = 0
        for i in (index + 1)..<close {
            switch tokens[i].kind {
            case .lparen, .lbracket: depth += 1
            case .rparen, .rbracket: depth -= 1
            case .comma where depth == 0: return true
            default: break
            }
        }
        return false
    }

    /// The index of the bracket closing the one at `open` (or the last token before the end).
    func matchingClose(of open: Int) -> Int {
        var depth = 0
        var i = open
        while i < tokens.count - 1 {
            switch tokens[i].kind {
            case .lparen, .lbracket: depth += 1
            case .rparen, .rbracket:
                depth -= 1
                if depth == 0 { return i }
            case .newline, .eof: return i
            default: break
            }
            i += 1
        }
        return i
    }

    mutating func recover() {
        while kind != .eof, kind != .newline, kind != .semicolon { advance() }
        // A following line that starts with `|` belongs to the broken statement.
        while continuesWithPipe() {
            while kind != .eof, kind != .newline { advance() }
        }
    }

    mutating func parseStatement() throws -> Statement {
        let start = current.start
        if isWord("let") {
            advance()
            let (name, nameSpan) = try identifierName("a name")
            _ = try expect(.assign, "`=` after `let \(name)`")
            skipNewlinesInDefinition()
            if isWord("from") {
                let p = try parsePipeline()
                return Statement(kind: .letTable(name, p), nameSpan: nameSpan, span: span(from: start))
            }
            let e = try parseExpr()
            return Statement(kind: .letValue(name, e), nameSpan: nameSpan, span: span(from: start))
        }
        if isWord("fn") {
            advance()
            let (name, nameSpan) = try identifierName("a function name")
            _ = try expect(.lparen, "`(` after the function name")
            var params: [Parameter] = []
            var sawDefault = false
            if kind != .rparen {
                repeat {
                    let (p, ps) = try identifierName("a parameter name")
                    var def: Expr? = nil
                    if accept(.assign) { def = try parseExpr(); sawDefault = true }
                    else if sawDefault {
                        throw fail("parameter `\(p)` needs a default because an earlier one has one")
                    }
                    params.append(Parameter(name: p, span: ps, defaultValue: def))
                } while acceptComma()
            }
            _ = try expect(.rparen, "`)` after the parameters")
            _ = try expect(.assign, "`=` before the function body")
            skipNewlinesInDefinition()
            let body = try parseExpr()
            return Statement(kind: .function(name, params, body), nameSpan: nameSpan, span: span(from: start))
        }
        if isWord("import") {
            advance()
            let t = try expect(.string, "a quoted path after `import`")
            return Statement(kind: .importModule(try stringValue(t)), nameSpan: span(t), span: span(from: start))
        }
        if isWord("param"), tokens[index + 1].kind == .identifier || tokens[index + 1].kind == .quotedIdentifier {
            advance()
            let (name, nameSpan) = try identifierName("a parameter name")
            _ = try expect(.assign, "`=` and a default value after `param \(name)`")
            let e = try parseExpr()
            return Statement(kind: .param(name, e), nameSpan: nameSpan, span: span(from: start))
        }
        if isWord("help"), tokens[index + 1].kind == .identifier || tokens[index + 1].kind == .newline
            || tokens[index + 1].kind == .eof || tokens[index + 1].kind == .semicolon {
            advance()
            var topic: String? = nil
            if kind == .identifier { topic = currentText; advance() }
            return Statement(kind: .help(topic), nameSpan: nil, span: span(from: start))
        }
        if isKeyword("from") {
            let p = try parsePipeline()
            return Statement(kind: .query(p), nameSpan: nil, span: p.span)
        }
        if let report = try parseReportStatement() { return report }
        if kind == .identifier, ["select", "with"].contains(currentText.lowercased()),
           tokens[index + 1].kind != .lparen, tokens[index + 1].kind != .assign, !tokens[index + 1].kind.endsStatement {
            let sql = String(decoding: file.bytes[current.start..<statementEnd(after: current)], as: UTF8.self)
            let form = SQLTranslation.planq(sql)
            throw fail("planq is not SQL: a query starts with `from TABLE`",
                       hints: [form.map { "in planq: `\($0)`" } ?? "for example: from kpis | where value > 0 | select unit, value"])
        }
        if kind == .identifier, Keywords.transforms.contains(currentText), tokens[index + 1].kind != .lparen,
           tokens[index + 1].kind != .pipe, !tokens[index + 1].kind.endsStatement {
            throw fail("a query starts with `from TABLE`", hints: ["for example: from kpis | \(currentText) ..."])
        }
        let e = try parseExpr()
        return Statement(kind: .expression(e), nameSpan: nil, span: e.span)
    }

    // MARK: report statements

    /// `title "…"`, `section "…"`, `end`, `text "…"`, `table ["caption"] from …`,
    /// `chart bar|stacked|line ["title"] from …`, `note "…"`, `source "…"` or `source from …`,
    /// `pagebreak`. nil when the words are used otherwise (a column named `text` in an expression).
    mutating func parseReportStatement() throws -> Statement? {
        guard kind == .identifier else { return nil }
        let start = current.start
        let word = currentText
        let next = tokens[index + 1].kind
        let alone = next.endsStatement
        let keyword = span(current)
        func done(_ k: Statement.Kind) -> Statement { Statement(kind: k, nameSpan: keyword, span: span(from: start)) }
        switch word {
        case "title" where next == .string, "section" where next == .string, "text" where next == .string,
             "note" where next == .string:
            advance()
            let template = try parseTemplate()
            switch word {
            case "title": return done(.title(template))
            case "section": return done(.section(template))
            case "text": return done(.text(template))
            default: return done(.note(template))
            }
        case "end" where alone:
            advance()
            return done(.endSection)
        case "pagebreak" where alone:
            advance()
            return done(.pageBreak)
        case "table" where next == .string || isWord("from", at: 1):
            advance()
            let caption = kind == .string ? try parseTemplate() : nil
            skipNewlinesInDefinition()
            guard isWord("from") else { throw fail("expected a query (`from …`) after the table's caption") }
            return done(.table(caption: caption, try parsePipeline()))
        case "chart":
            advance()
            guard kind == .identifier, let chartKind = ChartKind(rawValue: currentText) else {
                throw fail("expected the kind of chart after `chart`: bar, stacked or line",
                           hints: ["for example: chart bar \"Gross budget by directorate\" from budgets | …"])
            }
            advance()
            let title = kind == .string ? try parseTemplate() : nil
            skipNewlinesInDefinition()
            guard isWord("from") else { throw fail("expected a query (`from …`) to chart") }
            return done(.chart(chartKind, title: title, try parsePipeline()))
        case "source" where next == .string:
            advance()
            return done(.source(try parseTemplate(), nil))
        case "source" where isWord("from", at: 1):
            advance()
            return done(.source(nil, try parsePipeline()))
        default:
            return nil
        }
    }

    /// A string with `{expression}` / `{expression:format}` holes. `{{` and `}}` are braces.
    /// Holes are parsed from the file's own bytes, so errors point inside the string.
    mutating func parseTemplate() throws -> Template {
        let t = try expect(.string, "a quoted text")
        let bytes = file.bytes
        let quote = bytes[t.start]
        var pieces: [Template.Piece] = []
        var literal: [UInt8] = []
        var i = t.start + 1
        let end = max(i, t.end - 1)
        func flush() {
            if !literal.isEmpty { pieces.append(.text(String(decoding: literal, as: UTF8.self))); literal = [] }
        }
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\\"), i + 1 < end {
                switch bytes[i + 1] {
                case UInt8(ascii: "n"): literal.append(10)
                case UInt8(ascii: "t"): literal.append(9)
                case UInt8(ascii: "r"): literal.append(13)
                case UInt8(ascii: "0"): literal.append(0)
                default: literal.append(bytes[i + 1])
                }
                i += 2
                continue
            }
            if b == UInt8(ascii: "{"), i + 1 < end, bytes[i + 1] == UInt8(ascii: "{") { literal.append(b); i += 2; continue }
            if b == UInt8(ascii: "}"), i + 1 < end, bytes[i + 1] == UInt8(ascii: "}") { literal.append(b); i += 2; continue }
            guard b == UInt8(ascii: "{") else { literal.append(b); i += 1; continue }
            // Find the closing brace, skipping quoted text of the other quote kind and nested brackets.
            let open = i
            var j = i + 1
            var depth = 0
            var inQuote: UInt8? = nil
            var colon: Int? = nil
            while j < end {
                let c = bytes[j]
                if let q = inQuote { if c == q { inQuote = nil } }
                else if c == UInt8(ascii: "\""), c != quote { inQuote = c }
                else if c == UInt8(ascii: "'"), c != quote { inQuote = c }
                else if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") { depth += 1 }
                else if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") { depth -= 1 }
                else if c == UInt8(ascii: ":"), depth == 0, colon == nil { colon = j }
                else if c == UInt8(ascii: "}"), depth <= 0 { break }
                else if c == UInt8(ascii: "\\") {
                    diagnostics.append(.error(.syntax, "no backslash escapes inside `{…}`", at: Span(file: file, start: j, end: j + 1),
                                              hints: ["write the text with the other kind of quote: 'text with a \"quote\" in it'"]))
                    throw Failure()
                }
                j += 1
            }
            guard j < end else {
                diagnostics.append(.error(.syntax, "`{` is not closed in this text", at: Span(file: file, start: open, end: open + 1),
                                          hints: ["a value goes in braces: {name} or {name:£m}; write {{ for a brace"]))
                throw Failure()
            }
            let exprEnd = colon ?? j
            var sub = Parser(file, range: (open + 1)..<exprEnd)
            if sub.kind == .eof {
                diagnostics.append(.error(.syntax, "empty `{}` in this text", at: Span(file: file, start: open, end: j + 1),
                                          hints: ["a value goes in braces: {name} or {name:£m}; write {{ for a brace"]))
                throw Failure()
            }
            let expr: Expr
            do {
                expr = try sub.parseExpr()
                if sub.kind != .eof {
                    throw sub.fail("unexpected \(sub.describe(sub.current)) in `{…}`", hints: ["a format goes after a colon: {total:£m}"])
                }
            } catch {
                diagnostics += sub.diagnostics
                throw Failure()
            }
            diagnostics += sub.diagnostics
            flush()
            if let colon {
                let spec = String(decoding: bytes[(colon + 1)..<j], as: UTF8.self)
                pieces.append(.hole(expr, format: spec, formatSpan: Span(file: file, start: colon + 1, end: j)))
            } else {
                pieces.append(.hole(expr, format: nil, formatSpan: nil))
            }
            i = j + 1
        }
        flush()
        return Template(pieces: pieces, span: span(t))
    }

    mutating func skipNewlinesInDefinition() {
        while kind == .newline { advance() }
    }

    // MARK: pipelines

    mutating func parsePipeline() throws -> Pipeline {
        try nest("query")
        defer { nesting.leave() }
        let start = current.start
        guard acceptKeyword("from") else { throw fail("expected `from`, found \(describe(current))") }
        let source = try parseRelation(after: "from")
        var transforms: [Transform] = []
        while continuesWithPipe() {
            advance()  // |
            while kind == .newline { advance() }
            transforms.append(try parseTransform())
        }
        return Pipeline(source: source, transforms: transforms, span: span(from: start))
    }

    mutating func parseRelation(after keyword: String) throws -> Relation {
        let t = current
        switch t.kind {
        case .identifier where text(t) == "read" && tokens[index + 1].kind == .lparen:
            return .read(try parsePrimary())
        case .identifier, .quotedIdentifier:
            let (name, s) = try identifierName("a table name")
            return .named(name, s)
        case .string:
            advance()
            return .file(try stringValue(t), span(t))
        case .lparen:
            advance()
            let p = try parsePipeline()
            _ = try expect(.rparen, "`)` to close the sub-query")
            return .pipeline(p)
        case .lbracket:
            return .values(try parsePrimary())
        default:
            throw fail("expected a table name, a quoted file path, a list or `(from ...)` after `\(keyword)`, found \(describe(t))")
        }
    }

    mutating func parseTransformList() throws -> [Transform] {
        try nest("group")
        defer { nesting.leave() }
        var list: [Transform] = [try parseTransform()]
        while accept(.pipe) { list.append(try parseTransform()) }
        return list
    }

    mutating func parseTransform() throws -> Transform {
        let kw = current
        let start = kw.start
        guard kw.kind == .identifier else {
            throw fail("expected a transform after `|`, found \(describe(kw))",
                       hints: ["transforms: " + Keywords.steps.joined(separator: ", ")])
        }
        var word = text(kw)
        if word != word.lowercased(), Keywords.transforms.contains(word.lowercased()) {
            noteCapitalised(kw, keyword: word.lowercased())
            word = word.lowercased()
        }
        let transform: Transform.Kind
        switch word {
        case "where":
            advance()
            transform = .filter(try parseExpr())
        case "select":
            advance()
            transform = .select(try parseNamedList(requireName: false))
        case "derive":
            advance()
            transform = .derive(try parseNamedList(requireName: true))
        case "sort":
            advance()
            var keys: [SortKey] = []
            repeat {
                var descending = false
                if accept(.minus) { descending = true } else { _ = accept(.plus) }
                keys.append(SortKey(expr: try parseExpr(), descending: descending))
            } while acceptComma()
            transform = .sort(keys)
        case "take":
            advance()
            transform = .take(try parseExpr())
        case "summarize":
            advance()
            var items: [NamedExpr] = []
            if !isKeyword("by") { items = try parseNamedList(requireName: false) }
            var keys: [NamedExpr] = []
            if acceptKeyword("by") { keys = try parseNamedList(requireName: false) }
            transform = .summarize(items, by: keys)
        case "join":
            advance()
            var jk = JoinKind.inner
            if kind == .identifier, let k = JoinKind(rawValue: currentText),
               tokens[index + 1].kind == .identifier || tokens[index + 1].kind == .string
                || tokens[index + 1].kind == .lparen || tokens[index + 1].kind == .quotedIdentifier {
                jk = k
                advance()
            }
            let rel = try parseRelation(after: "join")
            var alias: String? = nil
            if acceptWord("as") { alias = try identifierName("an alias").0 }
            _ = try expectWord("on", hints: ["for example: join budgets on unit  or  join b on left.code == right.code"])
            transform = .join(jk, rel, alias: alias, try parseJoinCondition())
        case "distinct":
            advance()
            var cols: [NamedExpr] = []
            if !kind.endsTransform { cols = try parseNamedList(requireName: false) }
            transform = .distinct(cols)
        case "append":
            advance()
            transform = .append(try parseRelation(after: "append"))
        case "rename":
            advance()
            var pairs: [(String, Span, String, Span)] = []
            repeat {
                let (new, ns) = try identifierName("the new column name")
                _ = try expect(.assign, "`=` in `rename new = old`")
                let (old, os) = try identifierName("the existing column name")
                pairs.append((new, ns, old, os))
            } while acceptComma()
            transform = .rename(pairs.map { (new: $0.0, newSpan: $0.1, old: $0.2, oldSpan: $0.3) })
        case "pivot":
            advance()
            let key = try parseExpr()
            _ = try expectWord("using", hints: ["for example: pivot period using sum(value)"])
            let value = try parseExpr()
            var by: [NamedExpr] = []
            if acceptWord("by") { by = try parseNamedList(requireName: false) }
            transform = .pivot(key: key, value: value, by: by)
        case "unpivot":
            advance()
            var cols: [(String, Span)] = []
            repeat { cols.append(try identifierName("a column to unpivot")) } while acceptComma()
            _ = try expectWord("into", hints: ["for example: unpivot `2007/08`, `2008/09` into year, value"])
            let (k, _) = try identifierName("the name of the key column")
            _ = try expect(.comma, "`,` between the key and value column names")
            let (v, _) = try identifierName("the name of the value column")
            transform = .unpivot(columns: cols, keyName: k, valueName: v)
        case "group":
            advance()
            if isWord("by") {
                let keys = restOfClause(from: index + 1, or: "unit")
                throw fail("`group by` is SQL; planq totals per group with `summarize ... by \(keys)`",
                           hints: ["for example: summarize n = count(), total = sum(value) by \(keys)",
                                   "`group KEY (transforms)` runs transforms once per group: group \(keys) (sort -value | take 3)"])
            }
            let keys = try parseNamedList(requireName: false)
            _ = try expect(.lparen, "`(` and the transforms to run for each group",
                           hints: ["for example: group unit (sort -value | take 3)"])
            let body = try parseTransformList()
            _ = try expect(.rparen, "`)` to close the group")
            transform = .group(keys, body)
        case "total":
            advance()
            var label: Expr? = nil
            var by: [NamedExpr] = []
            if acceptWord("by") { by = try parseNamedList(requireName: false) }
            if acceptWord("as") { label = try parseExpr() }
            transform = .total(label: label, by: by)
        case "describe":
            advance()
            transform = .describe
        case "format":
            advance()
            var items: [(name: String, nameSpan: Span, spec: Expr)] = []
            repeat {
                let (name, nameSpan) = try identifierName("a column name")
                _ = try expect(.assign, "`=` and a format in `format \(name) = \"£m\"`",
                               hints: ["for example: format gross = \"£m 1dp\", share = \"% 0dp\""])
                items.append((name: name, nameSpan: nameSpan, spec: try parseExpr()))
            } while acceptComma()
            transform = .format(items)
        case "from":
            let other = tokens[index + 1].kind == .identifier ? text(tokens[index + 1]) : "budgets"
            throw fail("`from` starts a new query; inside a pipeline use `join` or `append`",
                       hints: ["to combine tables: `join \(other) on unit` (side by side) or `append \(other)` (one after the other)"])
        default:
            let habits = habitHints(at: kw)
            let suggestions = (TransformSpec.named(byOtherName: word).map { [$0.name] } ?? []) + closestNames(to: word, in: Keywords.transforms)
            throw fail("unknown transform `\(word)`",
                       hints: !habits.isEmpty ? habits
                            : suggestions.isEmpty ? ["transforms: " + Keywords.steps.joined(separator: ", ")]
                                                  : ["did you mean `\(suggestions[0])`?"])
        }
        return Transform(kind: transform, keywordSpan: span(kw), span: span(from: start))
    }

    mutating func parseJoinCondition() throws -> JoinCondition {
        // `on a, b` (same-named keys) versus `on left.a == right.b`.
        var i = index
        var simple = true
        while !tokens[i].kind.endsTransform {
            switch tokens[i].kind {
            case .identifier, .quotedIdentifier, .comma: break
            default: simple = false
            }
            if !simple { break }
            i += 1
        }
        if simple {
            var keys: [(String, Span)] = []
            repeat { keys.append(try identifierName("a join key column")) } while acceptComma()
            return .using(keys)
        }
        return .expression(try parseExpr())
    }

    /// After a `,` or an operator a statement cannot end, so a line break there continues it.
    mutating func skipLineBreaks() {
        while kind == .newline { advance() }
    }

    mutating func acceptComma() -> Bool {
        if accept(.comma) { skipLineBreaks(); return true }
        return false
    }

    mutating func parseNamedList(requireName: Bool) throws -> [NamedExpr] {
        var items: [NamedExpr] = []
        repeat {
            if (kind == .identifier || kind == .quotedIdentifier), tokens[index + 1].kind == .assign {
                let (name, ns) = try identifierName("a column name")
                advance()  // =
                items.append(NamedExpr(name: name, nameSpan: ns, expr: try parseExpr()))
            } else {
                let e = try parseExpr()
                if requireName, case .name = e.kind {} else if requireName {
                    throw fail("`derive` needs a name for each new column", at: tokens[max(0, index - 1)],
                               hints: ["write it as `name = expression`"])
                }
                items.append(NamedExpr(name: nil, nameSpan: nil, expr: e))
            }
        } while acceptComma()
        return items
    }

    // MARK: expressions

    package mutating func parseExpr() throws -> Expr {
        try nest()
        defer { nesting.leave() }
        let e: Expr
        if isWord("if") { e = try parseIf() }
        else if isWord("case") { e = try parseCase() }
        else { e = try parseOr() }
        try checkHeight(e)
        return e
    }

    mutating func parseIf() throws -> Expr {
        let start = advance().start
        let cond = try parseExpr()
        _ = try expectWord("then")
        let a = try parseExpr()
        var b: Expr? = nil
        if acceptWord("else") { b = try parseExpr() }
        return Expr(.ifThenElse(cond, a, b), span(from: start))
    }

    mutating func parseCase() throws -> Expr {
        let start = advance().start
        var arms: [(Expr, Expr)] = []
        while kind == .newline { advance() }
        while acceptWord("when") {
            let c = try parseExpr()
            _ = try expectWord("then")
            arms.append((c, try parseExpr()))
            while kind == .newline { advance() }
        }
        if arms.isEmpty { throw fail("expected `when` after `case`") }
        var otherwise: Expr? = nil
        if acceptWord("else") { otherwise = try parseExpr() }
        while kind == .newline { advance() }
        _ = try expectWord("end", hints: ["a `case` ends with `end`"])
        return Expr(.caseWhen(arms, otherwise), span(from: start))
    }

    mutating func parseOr() throws -> Expr {
        var lhs = try parseAnd()
        while isKeyword("or") {
            advance()
            skipLineBreaks()
            let rhs = try parseAnd()
            lhs = Expr(.binary(.or, lhs, rhs), lhs.span.merged(with: rhs.span))
            try checkHeight(lhs)
        }
        return lhs
    }

    mutating func parseAnd() throws -> Expr {
        var lhs = try parseNot()
        while isKeyword("and") {
            advance()
            skipLineBreaks()
            let rhs = try parseNot()
            lhs = Expr(.binary(.and, lhs, rhs), lhs.span.merged(with: rhs.span))
            try checkHeight(lhs)
        }
        return lhs
    }

    mutating func parseNot() throws -> Expr {
        if isKeyword("not") {
            let t = advance()
            try nest()
            defer { nesting.leave() }
            let e = try parseNot()
            return Expr(.unary(.not, e), span(t).merged(with: e.span))
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws -> Expr {
        let lhs = try parseCoalesce()
        let op: BinaryOp?
        switch kind {
        case .eq: op = .eq
        case .ne: op = .ne
        case .lt: op = .lt
        case .le: op = .le
        case .gt: op = .gt
        case .ge: op = .ge
        case .regexMatch: op = .regexMatch
        case .assign:
            throw fail("`=` assigns a name; to compare, write `==`", hints: ["for example: where unit == \"Libraries\""])
        default: op = nil
        }
        if let op {
            advance()
            skipLineBreaks()
            let rhs = try parseCoalesce()
            return Expr(.binary(op, lhs, rhs), lhs.span.merged(with: rhs.span))
        }
        var negated = false
        if isWord("not"), isWord("in", at: 1) || isWord("between", at: 1) { advance(); negated = true }
        if acceptKeyword("in") {
            if kind == .lparen, parenthesesHoldAList() {
                let open = current
                let close = matchingClose(of: index)
                let inner = String(decoding: file.bytes[open.end..<tokens[close].start], as: UTF8.self)
                throw fail("`in` takes a list in square brackets, not parentheses",
                           hints: ["write `\(lhs.span.text) \(negated ? "not in" : "in") [\(inner)]`"])
            }
            let rhs = try parseCoalesce()
            return Expr(.inList(lhs, rhs, negated: negated), lhs.span.merged(with: rhs.span))
        }
        if acceptKeyword("between") {
            let lo = try parseCoalesce()
            _ = try expectWord("and", hints: ["write `x between low and high`"])
            let hi = try parseCoalesce()
            return Expr(.between(lhs, lo, hi, negated: negated), lhs.span.merged(with: hi.span))
        }
        return lhs
    }

    mutating func parseCoalesce() throws -> Expr {
        let lhs = try parseAdditive()
        if accept(.coalesce) {
            try nest()
            defer { nesting.leave() }
            let rhs = try parseCoalesce()
            return Expr(.binary(.coalesce, lhs, rhs), lhs.span.merged(with: rhs.span))
        }
        return lhs
    }

    mutating func parseAdditive() throws -> Expr {
        var lhs = try parseMultiplicative()
        while kind == .plus || kind == .minus {
            let op: BinaryOp = advance().kind == .plus ? .add : .subtract
            skipLineBreaks()
            let rhs = try parseMultiplicative()
            lhs = Expr(.binary(op, lhs, rhs), lhs.span.merged(with: rhs.span))
            try checkHeight(lhs)
        }
        return lhs
    }

    mutating func parseMultiplicative() throws -> Expr {
        var lhs = try parseUnary()
        while kind == .star || kind == .slash || kind == .percentSign {
            let k = advance().kind
            let op: BinaryOp = k == .star ? .multiply : k == .slash ? .divide : .modulo
            skipLineBreaks()
            let rhs = try parseUnary()
            lhs = Expr(.binary(op, lhs, rhs), lhs.span.merged(with: rhs.span))
            try checkHeight(lhs)
        }
        return lhs
    }

    mutating func parseUnary() throws -> Expr {
        if kind == .minus || kind == .plus {
            let t = advance()
            try nest()
            defer { nesting.leave() }
            let e = try parseUnary()
            // Fold `-5` into a literal so it prints and types as one.
            if t.kind == .minus, case .literal(let v, let f) = e.kind, let neg = negateLiteral(v) {
                return Expr(.literal(neg, f), span(t).merged(with: e.span))
            }
            return Expr(.unary(t.kind == .minus ? .negate : .plus, e), span(t).merged(with: e.span))
        }
        return try parsePostfix()
    }

    func negateLiteral(_ v: Value) -> Value? {
        switch v {
        case .int(let i): return i == .min ? nil : .int(-i)
        case .decimal(let d): return d.negated.map(Value.decimal)
        case .float(let f): return .float(-f)
        default: return nil
        }
    }

    mutating func parsePostfix() throws -> Expr {
        var e = try parsePrimary()
        while true {
            if kind == .dot {
                advance()
                guard case .name(let qualifier) = e.kind else {
                    throw fail("`.` can only follow a table name, as in `budgets.unit`")
                }
                let (col, cs) = try identifierName("a column name after `.`")
                e = Expr(.qualified(qualifier, col), e.span.merged(with: cs))
                continue
            }
            break
        }
        return e
    }

    mutating func parsePrimary() throws -> Expr {
        let t = current
        let s = span(t)
        switch t.kind {
        case .integer:
            advance()
            let digits = text(t).filter { $0 != "_" }
            guard let i = Int(digits) else {
                // Too large for a 64-bit integer: keep it exact as a decimal if possible.
                if let d = ExactDecimal(parsing: digits) { return Expr(.literal(.decimal(d), .plain), s) }
                throw fail("number too large")
            }
            return Expr(.literal(.int(i), .plain), s)
        case .decimal:
            advance()
            guard let d = ExactDecimal(parsing: text(t).filter { $0 != "_" }) else {
                throw fail("number too large or too precise", at: t,
                           hints: ["exact decimals hold 18 significant digits; for more, write a float with an exponent: 1.5e-20"])
            }
            return Expr(.literal(.decimal(d), .plain), s)
        case .float:
            advance()
            return Expr(.literal(.float(Double(text(t).filter { $0 != "_" }) ?? .nan), .plain), s)
        case .percent:
            advance()
            let digits = String(text(t).dropLast()).filter { $0 != "_" }
            guard let d = ExactDecimal(parsing: digits), let frac = d.multiplied(by: ExactDecimal(units: 1, scale: 2)) else {
                throw fail("bad percentage", at: t)
            }
            return Expr(.literal(.decimal(frac), .percent), s)
        case .money:
            advance()
            guard let d = parseMoney(text(t)) else {
                throw fail("bad money amount `\(text(t))`", at: t, hints: ["for example `£1.2m`, `£350k`, `£1,639.8`"])
            }
            return Expr(.literal(.decimal(d), .money), s)
        case .string:
            advance()
            return Expr(.literal(.text(try stringValue(t)), .plain), s)
        case .date:
            advance()
            let body = String(text(t).dropFirst())
            let parts = body.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                  let date = CalendarDate(year: y, month: m, day: d) else {
                throw fail("bad date `\(text(t))`", at: t, hints: ["dates are written @YYYY-MM-DD, e.g. @2009-03-31"])
            }
            return Expr(.literal(.date(date), .plain), s)
        case .month:
            advance()
            let body = String(text(t).dropFirst())
            let parts = body.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
                  let month = YearMonth.checked(year: y, month: m) else {
                throw fail("bad month `\(text(t))`", at: t, hints: ["months are written @YYYY-MM, e.g. @2009-03"])
            }
            return Expr(.literal(.month(month), .plain), s)
        case .fiscalYear:
            advance()
            guard let fy = parseFiscalYearLiteral(text(t)) else {
                let suggestion = Lint.fiscalYearForm(text(t)).map { "did you mean \($0)? " } ?? ""
                throw fail("bad financial year `\(text(t))`", at: t,
                           hints: [suggestion + "financial years are written FY2008/09 (April 2008 – March 2009)"])
            }
            return Expr(.literal(.fiscalYear(fy), .plain), s)
        case .lparen:
            advance()
            let e = try parseExpr()
            if kind != .rparen, kind == .eof || line(of: current.start) != line(of: t.start) {
                throw fail("this `(` is never closed", at: t, hints: ["add `)` at the end of the expression"])
            }
            _ = try expect(.rparen, "`)`")
            return Expr(e.kind, span(from: t.start))
        case .lbracket:
            advance()
            var items: [Expr] = []
            if kind != .rbracket {
                repeat {
                    if kind == .rbracket { break }
                    items.append(try parseExpr())
                } while acceptComma()
            }
            if kind == .eof { throw fail("this `[` is never closed", at: t, hints: ["add `]` at the end of the list"]) }
            _ = try expect(.rbracket, "`]` to close the list")
            return Expr(.list(items), span(from: t.start))
        case .identifier, .quotedIdentifier:
            if t.kind == .identifier {
                switch text(t) {
                case "true": advance(); return Expr(.literal(.bool(true), .plain), s)
                case "false": advance(); return Expr(.literal(.bool(false), .plain), s)
                case "null": advance(); return Expr(.literal(.null, .plain), s)
                default: break
                }
            }
            let (name, ns) = try identifierName("an expression")
            if t.kind == .identifier, kind == .lparen, tokens[index].start == t.end {
                return try parseCall(name, ns)
            }
            return Expr(.name(name), ns)
        default:
            throw fail("expected an expression, found \(describe(t))")
        }
    }

    mutating func parseCall(_ name: String, _ nameSpan: Span) throws -> Expr {
        let open = advance()  // (
        var args: [CallArgument] = []
        if isWord("distinct"), tokens[index + 1].kind == .identifier || tokens[index + 1].kind == .quotedIdentifier {
            let column = text(tokens[index + 1])
            throw fail("`\(name)(distinct ...)` is SQL", hints: [name.lowercased() == "count"
                ? "planq counts distinct values with `count_distinct(\(column))`"
                : "take the distinct rows first: `distinct \(column) | summarize \(name)(\(column))`"])
        }
        if kind != .rparen {
            repeat {
                if kind == .identifier, tokens[index + 1].kind == .assign {
                    let n = currentText
                    advance(); advance()
                    args.append(CallArgument(name: n, value: try parseExpr()))
                } else {
                    if !args.isEmpty, args.last?.name != nil {
                        throw fail("positional arguments must come before named ones")
                    }
                    args.append(CallArgument(name: nil, value: try parseExpr()))
                }
            } while acceptComma()
        }
        if kind == .eof {
            throw fail("the `(` of `\(name)(` is never closed", at: open,
                       hints: ["add `)` at the end of the arguments"])
        }
        _ = try expect(.rparen, "`)` to close the call to `\(name)`")
        var filter: Expr? = nil
        // `sum(x) where cond`: the aggregate modifier. Only inside an expression list, never
        // at the start of a transform (a transform `where` follows `|`).
        if isWord("where") {
            advance()
            filter = try parseOr()
        }
        return Expr(.call(name, args, filter: filter), span(from: nameSpan.start))
    }

    func stringValue(_ t: Token) throws -> String {
        let raw = file.bytes[(t.start + 1)..<max(t.start + 1, t.end - 1)]
        var out = [UInt8]()
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            if b == UInt8(ascii: "\\"), i + 1 < raw.endIndex {
                let n = raw[i + 1]
                switch n {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "0"): out.append(0)
                default: out.append(n)
                }
                i += 2
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension TokenKind {
    var endsStatement: Bool { self == .newline || self == .eof || self == .semicolon }
    var endsTransform: Bool { endsStatement || self == .pipe || self == .rparen }
}

/// `£1.2m` → 1200000, `£350k` → 350000, `£1,639.8` → 1639.8, `£1.3bn`.
func parseMoney(_ text: String) -> ExactDecimal? {
    var body = String(text.unicodeScalars.dropFirst()).filter { $0 != "," && $0 != "_" }
    var multiplier = ExactDecimal(1)
    if body.hasSuffix("bn") { body.removeLast(2); multiplier = ExactDecimal(1_000_000_000) }
    else if body.hasSuffix("m") { body.removeLast(); multiplier = ExactDecimal(1_000_000) }
    else if body.hasSuffix("k") { body.removeLast(); multiplier = ExactDecimal(1_000) }
    guard let d = ExactDecimal(parsing: body) else { return nil }
    return d.multiplied(by: multiplier)?.normalized
}

/// `FY2008/09`, `FY2008-09`, `FY2008/2009` → FiscalYear(2008). The second year must follow the first.
func parseFiscalYearLiteral(_ text: String) -> FiscalYear? {
    let body = text.dropFirst(2)
    let parts = body.split(whereSeparator: { $0 == "/" || $0 == "-" })
    guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
    switch parts[1].count {
    case 2: guard end == (start + 1) % 100 else { return nil }
    case 4: guard end == start + 1 else { return nil }
    default: return nil
    }
    return FiscalYear.checked(startYear: start)
}
