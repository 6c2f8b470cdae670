/// Habits people bring from SQL (and spreadsheets), and the planq form each hint gives.
///
/// Two kinds of help live here:
/// - keywords in capitals (`WHERE`, `AND`) and `&&`/`||` are read as the planq keyword with
///   one error noted per statement, so the rest of the statement is still checked;
/// - when parsing fails at a word or symbol that is a known habit (`desc`, `like`, `is null`,
///   `as`, `group by`, `order by`, `limit`, `count(*)`, `SELECT ... FROM`), the error's hint
///   spells the same thing in planq, built from the user's own names.
extension Parser {
    /// True when the current word is the keyword `w`. A capitalised spelling (`WHERE`,
    /// `Where`) counts too, noting one error per statement; `&&` counts as `and` and `||` as
    /// `or` (the lexer reported those).
    mutating func isKeyword(_ w: String) -> Bool {
        guard kind == .identifier else { return false }
        let t = currentText
        if t == w { return true }
        if (w == "and" && t == "&&") || (w == "or" && t == "||") { return true }
        guard t.lowercased() == w else { return false }
        noteCapitalised(current, keyword: w)
        return true
    }

    mutating func acceptKeyword(_ w: String) -> Bool {
        if isKeyword(w) { advance(); return true }
        return false
    }

    /// One "keywords are lowercase" error per statement: the first capitalised keyword.
    mutating func noteCapitalised(_ t: Token, keyword: String) {
        guard t.start >= capitalsNotedUpTo else { return }
        capitalsNotedUpTo = statementEnd(after: t)
        diagnostics.append(.error(.syntax, "planq keywords are lowercase: `\(keyword)`, not `\(text(t))`", at: span(t),
                                  hints: ["write `\(keyword)`" + (keyword == "from" ? " (a query is `from TABLE | where ... | select ...`)" : "")]))
    }

    /// The offset where the statement holding `t` ends (its line end at bracket depth 0).
    func statementEnd(after t: Token) -> Int {
        guard var i = tokens.firstIndex(where: { $0.start == t.start }) else { return t.end }
        var depth = 0
        while i < tokens.count {
            switch tokens[i].kind {
            case .lparen, .lbracket: depth += 1
            case .rparen, .rbracket: depth = max(0, depth - 1)
            case .newline where depth == 0, .semicolon where depth == 0:
                // A next line that starts with `|` continues the statement.
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .newline { j += 1 }
                if j < tokens.count, tokens[j].kind == .pipe { i = j; continue }
                return tokens[i].start
            case .eof: return tokens[i].start
            default: break
            }
            i += 1
        }
        return file.bytes.count
    }

    /// Hints for a failure at token `at`, when it is a known habit; empty otherwise.
    func habitHints(at t: Token) -> [String] {
        guard let i = tokens.firstIndex(where: { $0.start == t.start && $0.kind == t.kind }) else { return [] }
        let word = t.kind == .identifier ? text(t).lowercased() : ""
        let prev = i > 0 ? tokens[i - 1] : nil
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let next2 = i + 2 < tokens.count ? tokens[i + 2] : nil
        func isWord(_ tok: Token?, _ w: String) -> Bool { tok.map { $0.kind == .identifier && text($0).lowercased() == w } ?? false }
        let item = itemText(endingBefore: i)

        switch word {
        case "desc", "descending":
            return ["planq sorts descending with a minus: `sort -\(item.isEmpty ? "value" : item)`"]
        case "asc", "ascending":
            return ["ascending is the default: `sort \(item.isEmpty ? "value" : item)` (`sort -x` is descending)"]
        case "like", "ilike":
            let column = item.isEmpty ? "unit" : item
            if let n = next, n.kind == .string, let pattern = try? stringValue(n) {
                return [Parser.likeForm(column: column, pattern: pattern, caseInsensitive: word == "ilike")]
            }
            return ["write `contains(\(column), \"text\")`, `starts_with(...)`, or a regular expression `\(column) ~= \"^A\"`"]
        case "is":
            let column = item.isEmpty ? "x" : item
            if isWord(next, "not"), isWord(next2, "null") { return ["planq compares with null directly: `\(column) != null`"] }
            if isWord(next, "null") { return ["planq compares with null directly: `\(column) == null`"] }
            return ["compare with `==` or `!=`"]
        case "as":
            if !item.isEmpty, let n = next, n.kind == .identifier || n.kind == .quotedIdentifier {
                return ["planq writes the new name first: `\(text(n)) = \(item)`"]
            }
            return ["planq writes the new name first: `name = expression`"]
        case "group" where isWord(next, "by"):
            let keys = restOfClause(from: i + 2, or: "unit")
            if enclosingClause(before: i) == "summarize" {
                return ["`group by` is SQL; summarize takes the keys after `by`: `... by \(keys)`"]
            }
            return ["planq totals per group with summarize: `summarize n = count() by \(keys)`"]
        case "contains", "starts_with", "ends_with", "startswith", "endswith", "includes":
            let function = ["startswith": "starts_with", "endswith": "ends_with", "includes": "contains"][word] ?? word
            let argument = next.map { text($0) } ?? "\"text\""
            return ["`\(function)` is a function: `\(function)(\(item.isEmpty ? "unit" : item), \(argument))`"]
        case "order" where isWord(next, "by"):
            return ["planq orders rows with sort: `sort \(sortForm(from: i + 2))`"]
        case "limit", "top":
            let n = next.flatMap { $0.kind == .integer ? text($0) : nil } ?? "10"
            return ["planq keeps the first rows with `| take \(n)`"]
        case "having":
            return ["after `summarize`, filter with another step: `| where ...`"]
        case "distinct" where isWord(prev, "select"):
            return ["planq has its own step: `distinct \(restOfClause(from: i + 1, or: "unit"))`"]
        case "from" where i > 0 && !(prev?.kind == .pipe):
            return ["a query starts with `from TABLE`; transforms follow, each after `|`"]
        default:
            break
        }
        // `select unit value`: a name right after a complete item in a list.
        if t.kind == .identifier || t.kind == .quotedIdentifier, let p = prev,
           [.identifier, .quotedIdentifier, .rparen, .string, .integer, .decimal].contains(p.kind),
           let clause = enclosingClause(before: i), ["select", "derive", "summarize", "sort", "distinct", "by"].contains(clause) {
            return ["items are separated by commas: `\(item), \(text(t))`"]
        }
        if isWord(prev, "distinct"), i >= 2, isWord(tokens[i - 2], "select") {
            return ["planq has its own step: `distinct \(restOfClause(from: i, or: "unit"))`"]
        }
        if t.kind == .identifier, Keywords.transforms.contains(word), word != text(t) {
            return ["planq keywords are lowercase: `| \(word) ...`"]
        }
        if t.kind == .star, let p = prev, p.kind == .lparen, i >= 2, tokens[i - 2].kind == .identifier {
            let f = text(tokens[i - 2])
            return f.lowercased() == "count" ? ["`count()` counts rows (SQL's `count(*)`)"]
                                             : ["`*` is not a value; name a column: `\(f)(value)`"]
        }
        if t.kind == .star, isWord(prev, "select") {
            return ["without `select` every column is kept; `select` lists the columns to keep: `select unit, value`"]
        }
        return []
    }

    /// `like "%x%"` → `contains(col, "x")`; `"x%"` → `starts_with`; `"%x"` → `ends_with`; else a regex.
    static func likeForm(column: String, pattern: String, caseInsensitive: Bool) -> String {
        var core = pattern
        let leading = core.hasPrefix("%"), trailing = core.hasSuffix("%") && core.count > 1
        if leading { core.removeFirst() }
        if trailing { core.removeLast() }
        let subject = caseInsensitive ? "lower(\(column))" : column
        let literal = caseInsensitive ? core.lowercased() : core
        if !core.contains("%"), !core.contains("_") {
            let quoted = "\"" + literal + "\""
            switch (leading, trailing) {
            case (true, true): return "planq writes `contains(\(subject), \(quoted))`"
            case (false, true): return "planq writes `starts_with(\(subject), \(quoted))`"
            case (true, false): return "planq writes `ends_with(\(subject), \(quoted))`"
            case (false, false): return "planq compares text with `==`: `\(column) == \(quoted)`"
            }
        }
        var regex = ""
        for c in pattern {
            switch c {
            case "%": regex += ".*"
            case "_": regex += "."
            case ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "^", "$", "|", "\\": regex += "\\" + String(c)
            default: regex.append(c)
            }
        }
        return "planq matches patterns with a regular expression: `\(column) ~= \"\(caseInsensitive ? "(?i)" : "")^\(regex)$\"`"
    }

    /// The source text of the list item (or sort key, or operand) just before token `i`: back
    /// to the nearest `,`, `|`, `(` or transform keyword at the same bracket depth.
    func itemText(endingBefore i: Int) -> String {
        var j = i - 1
        var depth = 0
        var start = i
        while j >= 0 {
            let k = tokens[j].kind
            if k == .rparen || k == .rbracket { depth += 1 }
            else if k == .lparen || k == .lbracket {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0 {
                if k == .comma || k == .pipe || k == .newline || k == .semicolon { break }
                if k == .identifier, Parser.clauseWords.contains(text(tokens[j]).lowercased()) { break }
                if [.eq, .ne, .lt, .le, .gt, .ge, .assign].contains(k) { break }
            }
            start = j
            j -= 1
        }
        guard start < i else { return "" }
        return String(decoding: file.bytes[tokens[start].start..<tokens[i - 1].end], as: UTF8.self)
    }

    /// The transform keyword (or `by`) that the list holding token `i` belongs to.
    func enclosingClause(before i: Int) -> String? {
        var j = i - 1
        var depth = 0
        while j >= 0 {
            let k = tokens[j].kind
            if k == .rparen || k == .rbracket { depth += 1 }
            else if k == .lparen || k == .lbracket { if depth == 0 { return nil }; depth -= 1 }
            else if depth == 0 {
                if k == .pipe || k.endsStatement { return nil }
                if k == .identifier {
                    let w = text(tokens[j]).lowercased()
                    if w == "by" || Keywords.transforms.contains(w) { return w }
                }
            }
            j -= 1
        }
        return nil
    }

    static let clauseWords: Set<String> = ["where", "select", "derive", "sort", "summarize", "by", "order", "group",
                                           "and", "or", "not", "take", "distinct", "from", "join", "on", "having"]

    /// The text from token `i` to the end of the clause (the statement, `|` or `)` at depth 0).
    func restOfClause(from i: Int, or fallback: String) -> String {
        guard i < tokens.count else { return fallback }
        var j = i
        var depth = 0
        while j < tokens.count {
            let k = tokens[j].kind
            if k == .lparen || k == .lbracket { depth += 1 }
            if k == .rparen || k == .rbracket { if depth == 0 { break }; depth -= 1 }
            if depth == 0, k == .pipe || k.endsStatement { break }
            if depth == 0, k == .identifier,
               ["order", "limit", "having", "desc", "asc"].contains(text(tokens[j]).lowercased()) { break }
            j += 1
        }
        guard j > i else { return fallback }
        return String(decoding: file.bytes[tokens[i].start..<tokens[j - 1].end], as: UTF8.self)
    }

    /// `a DESC, b` → `-a, b`.
    func sortForm(from i: Int) -> String {
        var keys: [String] = []
        var current: [Token] = []
        var j = i
        func flush() {
            guard !current.isEmpty else { return }
            var descending = false
            if let last = current.last, last.kind == .identifier {
                let w = text(last).lowercased()
                if w == "desc" { descending = true; current.removeLast() }
                else if w == "asc" { current.removeLast() }
            }
            guard let first = current.first, let last = current.last else { return }
            let body = String(decoding: file.bytes[first.start..<last.end], as: UTF8.self)
            keys.append((descending ? "-" : "") + body)
            current = []
        }
        while j < tokens.count {
            let k = tokens[j].kind
            if k == .pipe || k.endsStatement || k == .rparen { break }
            if k == .identifier, ["limit", "having"].contains(text(tokens[j]).lowercased()) { break }
            if k == .comma { flush() } else { current.append(tokens[j]) }
            j += 1
        }
        flush()
        return keys.isEmpty ? "-value" : keys.joined(separator: ", ")
    }
}

/// `SELECT cols FROM t [WHERE c] [GROUP BY k] [HAVING c] [ORDER BY s] [LIMIT n]` → the same
/// query in planq, best effort, for the hint of a statement that starts with SQL's SELECT.
enum SQLTranslation {
    static func planq(_ sql: String) -> String? {
        let file = SourceFile(name: "<sql>", text: sql)
        let tokens = Lexer.tokenize(file).tokens.filter { $0.kind != .newline }
        func word(_ t: Token) -> String? { t.kind == .identifier ? file.text(of: Span(file: file, start: t.start, end: t.end)).lowercased() : nil }
        let clauses = ["select", "from", "where", "group", "having", "order", "limit"]
        var parts: [String: [Token]] = [:]
        var currentClause: String? = nil
        var i = 0
        while i < tokens.count, tokens[i].kind != .eof {
            let t = tokens[i]
            if let w = word(t), clauses.contains(w), parts[w] == nil {
                currentClause = w
                parts[w] = []
                if w == "group" || w == "order", i + 1 < tokens.count, word(tokens[i + 1]) == "by" { i += 1 }
                i += 1
                continue
            }
            guard let c = currentClause else { return nil }
            parts[c, default: []].append(t)
            i += 1
        }
        guard let fromTokens = parts["from"], fromTokens.count == 1,
              fromTokens[0].kind == .identifier || fromTokens[0].kind == .quotedIdentifier,
              let selectTokens = parts["select"], !selectTokens.isEmpty else { return nil }
        let tableName = file.text(of: Span(file: file, start: fromTokens[0].start, end: fromTokens[0].end))

        /// Rewrites an expression's tokens: `=` → `==`, capitalised keywords, `<>`, `IS [NOT] NULL`,
        /// `count(*)`, `IN (a, b)` → `in [a, b]`, `AS name` handled by the caller.
        func expression(_ toks: [Token]) -> String {
            var out: [String] = []
            var k = 0
            var openIn = 0
            while k < toks.count {
                let t = toks[k]
                let raw = file.text(of: Span(file: file, start: t.start, end: t.end))
                let w = word(t)
                if t.kind == .assign { out.append("=="); k += 1; continue }
                if w == "is" {
                    if k + 2 < toks.count, word(toks[k + 1]) == "not", word(toks[k + 2]) == "null" { out.append("!= null"); k += 3; continue }
                    if k + 1 < toks.count, word(toks[k + 1]) == "null" { out.append("== null"); k += 2; continue }
                }
                if w == "like", k + 1 < toks.count, toks[k + 1].kind == .string, let column = out.popLast() {
                    let pattern = file.text(of: Span(file: file, start: toks[k + 1].start + 1, end: toks[k + 1].end - 1))
                    let form = Parser.likeForm(column: column, pattern: pattern, caseInsensitive: false)
                    if let a = form.firstIndex(of: "`"), let b = form.lastIndex(of: "`"), a < b {
                        out.append(String(form[form.index(after: a)..<b]))
                    }
                    k += 2
                    continue
                }
                if w == "count", k + 3 < toks.count, toks[k + 1].kind == .lparen, toks[k + 2].kind == .star, toks[k + 3].kind == .rparen {
                    out.append("count()"); k += 4; continue
                }
                if w == "in", k + 1 < toks.count, toks[k + 1].kind == .lparen { out.append("in ["); openIn += 1; k += 2; continue }
                if t.kind == .rparen, openIn > 0 { out.append("]"); openIn -= 1; k += 1; continue }
                if let w, ["and", "or", "not", "in", "between", "null", "true", "false"].contains(w) { out.append(w); k += 1; continue }
                if t.kind == .string, raw.hasPrefix("'"), !raw.contains("\"") {
                    out.append("\"" + raw.dropFirst().dropLast() + "\"")
                    k += 1
                    continue
                }
                out.append(raw)
                k += 1
            }
            // Spaces between words, none inside calls and lists.
            var s = ""
            for (n, piece) in out.enumerated() {
                if n > 0 {
                    let prev = out[n - 1]
                    let tight = piece == "(" || piece == ")" || piece == "]" || piece == "," || prev.hasSuffix("(") || prev.hasSuffix("[")
                        || (piece == "(" && !prev.isEmpty)
                    if !tight { s += " " }
                }
                s += piece
            }
            return s.replacing(" (", with: "(").replacing("in[", with: "in [")
        }

        func split(_ toks: [Token]) -> [[Token]] {
            var items: [[Token]] = [[]]
            var depth = 0
            for t in toks {
                if t.kind == .lparen { depth += 1 }
                if t.kind == .rparen { depth -= 1 }
                if t.kind == .comma, depth == 0 { items.append([]); continue }
                items[items.count - 1].append(t)
            }
            return items.filter { !$0.isEmpty }
        }

        /// `expr AS name` → `name = expr`.
        func namedItem(_ toks: [Token]) -> String {
            if toks.count >= 3, word(toks[toks.count - 2]) == "as" {
                let name = file.text(of: Span(file: file, start: toks.last!.start, end: toks.last!.end))
                return name + " = " + expression(Array(toks.dropLast(2)))
            }
            return expression(toks)
        }

        var steps = ["from " + tableName]
        if let w = parts["where"], !w.isEmpty { steps.append("where " + expression(w)) }
        var items = split(selectTokens)
        var distinct = false
        if let first = items.first?.first, word(first) == "distinct" {
            distinct = true
            items[0].removeFirst()
        }
        let isStar = items.count == 1 && items[0].count == 1 && items[0][0].kind == .star
        let aggregateNames: Set<String> = ["count", "sum", "avg", "min", "max", "total", "median"]
        let keys = parts["group"].map(split) ?? []
        let keyTexts = keys.map(expression)
        let hasAggregate = items.contains { $0.contains { word($0).map(aggregateNames.contains) ?? false } }
        if !keys.isEmpty || hasAggregate {
            let measures = items.map(namedItem).filter { !keyTexts.contains($0) }
            steps.append("summarize " + measures.joined(separator: ", ") + (keys.isEmpty ? "" : " by " + keyTexts.joined(separator: ", ")))
            if let h = parts["having"], !h.isEmpty { steps.append("where " + expression(h)) }
        } else if distinct {
            steps.append("distinct " + items.map(namedItem).joined(separator: ", "))
        } else if !isStar {
            steps.append("select " + items.map(namedItem).joined(separator: ", "))
        }
        if let o = parts["order"], !o.isEmpty {
            let keys = split(o).map { key -> String in
                var k = key
                var descending = false
                if let last = k.last, let w = word(last), w == "desc" || w == "asc" { descending = w == "desc"; k.removeLast() }
                return (descending ? "-" : "") + expression(k)
            }
            steps.append("sort " + keys.joined(separator: ", "))
        }
        if let l = parts["limit"], let n = l.first, n.kind == .integer {
            steps.append("take " + file.text(of: Span(file: file, start: n.start, end: n.end)))
        }
        return steps.joined(separator: " | ")
    }
}
