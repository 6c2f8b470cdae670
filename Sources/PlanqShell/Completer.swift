import Foundation
import PlanQuery

/// Tab completion that knows where the cursor is in a pipeline:
/// - meta-commands after a leading `.`, and their arguments (modes, tables, file paths);
/// - `from`, `let`, `help`, … at the start of a statement;
/// - table names after `from`, `join` and `append`;
/// - transform names after `|` (also inside `group k (...)`);
/// - the columns of the table at that point of the pipeline (the text before the last `|` is
///   resolved with `Engine.plan`), then function names (with `(`) and keywords;
/// - file paths inside a string (`from "exa` → `from "examples/`).
package final class Completer {
    let engine: Engine
    /// The meta-commands to complete; `MetaCommand.all` is made on the first completion, not
    /// with the REPL (0.29 M instructions of `planq -c '1 + 1'`).
    lazy var metaCommands: [MetaCommand] = MetaCommand.all
    /// Relative paths are completed from here (the working directory when nil).
    package var directory: String?

    package init(engine: Engine, metaCommands: [MetaCommand]? = nil) {
        self.engine = engine
        if let metaCommands { self.metaCommands = metaCommands }
    }

    /// One candidate: `key` is matched against the word, `insert` replaces it, `display` lists it.
    struct Candidate {
        var key: String
        var insert: String
        var display: String
    }

    /// `text` is everything before the cursor in the current statement (earlier lines
    /// included, separated by newlines).
    package func complete(_ text: String) -> Completion {
        let lineStart = text.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let line = String(text[lineStart...])
        let before = text[..<lineStart]
        if before.allSatisfy(\.isWhitespace), line.trimmingLeadingWhitespace.hasPrefix(".") {
            return completeMeta(line.trimmingLeadingWhitespace)
        }
        return completeQuery(text)
    }

    // MARK: meta-commands

    func completeMeta(_ line: String) -> Completion {
        guard let space = line.firstIndex(where: \.isWhitespace) else {
            let names = metaCommands.map { Candidate(key: $0.name, insert: $0.name + " ", display: $0.name) }
            return finish(word: line, names)
        }
        let typed = String(line[..<space])
        guard let command = MetaCommand.find(typed, in: metaCommands).single else { return .none }
        let rest = String(line[space...]).trimmingLeadingWhitespace
        let words = rest.split(separator: " ", omittingEmptySubsequences: false)
        switch command.argument {
        case .path:
            guard words.count <= 1 else { return .none }
            return pathCompletion(rest, closing: nil)
        case .table:
            guard words.count <= 1 else { return .none }
            return finish(word: rest, tableCandidates())
        case .choice(let options):
            guard words.count <= 1 else { return .none }
            return finish(word: rest, options.map { Candidate(key: $0, insert: $0, display: $0) })
        case .helpTopic:
            guard words.count <= 1 else { return .none }
            var c = metaCommands.map { Candidate(key: $0.name, insert: $0.name, display: $0.name) }
            c += Keywords.transforms.map { Candidate(key: $0, insert: $0, display: $0) }
            c += functionNames().map { Candidate(key: $0, insert: $0, display: $0) }
            return finish(word: rest, c)
        case .none, .text:
            return .none
        }
    }

    // MARK: queries

    func completeQuery(_ text: String) -> Completion {
        let file = SourceFile(name: "<completion>", text: text)
        let (allTokens, diagnostics) = Lexer.tokenize(file)
        let bytes = file.bytes
        func tokenText(_ t: Token) -> String { String(decoding: bytes[t.start..<min(t.end, bytes.count)], as: UTF8.self) }

        // Inside a string or a `quoted name` that is still open at the cursor?
        if let last = allTokens.last(where: { $0.kind != .eof }), last.end >= bytes.count,
           diagnostics.contains(where: { $0.span?.start == last.start }) {
            if last.kind == .string {
                let quote = String(UnicodeScalar(bytes[last.start]))
                let partial = String(decoding: bytes[(last.start + 1)...], as: UTF8.self)
                let before = allTokens.filter { $0.kind != .eof && $0.kind != .newline && $0.end <= last.start }
                return completeString(partial, quote: quote, before: before, bytes: bytes)
            }
            if last.kind == .quotedIdentifier {
                let partial = String(decoding: bytes[(last.start + 1)...], as: UTF8.self)
                let prev = Array(allTokens.filter { $0.kind != .eof && $0.end <= last.start })
                let columns = Analysis(tokens: prev, bytes: bytes).columnsHere(engine: engine)
                let c = columns.map { Candidate(key: "`" + $0, insert: "`" + $0 + "`", display: $0) }
                return finish(word: "`" + partial, c)
            }
        }

        // The word being typed: trailing name characters.
        var ws = bytes.count
        while ws > 0, Completer.isNameByte(bytes[ws - 1]) { ws -= 1 }
        let word = String(decoding: bytes[ws...], as: UTF8.self)
        if let f = word.unicodeScalars.first, ("0"..."9").contains(f) { return .none }
        let tokens = allTokens.filter { $0.kind != .eof && $0.end <= ws }
        // A word glued to the previous token (`left.x`, `£1.2m`): not a name to complete.
        if let last = tokens.last, last.end == ws, !word.isEmpty, last.kind == .dot || last.kind == .money { return .none }

        let analysis = Analysis(tokens: tokens, bytes: bytes)
        let significant = tokens.filter { $0.kind != .newline }
        let prev = analysis.statementTokens.last(where: { $0.kind != .newline })

        // Start of a statement.
        guard let prev else {
            let starts = ["from", "let", "fn", "import", "param", "help"]
            return finish(word: word, starts.map { Candidate(key: $0, insert: $0 + " ", display: $0) })
        }
        let prevWord = prev.kind == .identifier ? tokenText(prev) : nil
        let beforePrev = significant.count >= 2 ? significant[significant.count - 2] : nil
        let beforePrevWord = beforePrev.flatMap { $0.kind == .identifier ? tokenText($0) : nil }

        if let w = prevWord, ["inner", "left", "full", "anti", "semi"].contains(w), beforePrevWord == "join" {
            return finish(word: word, tableCandidates())
        }
        switch prevWord {
        case "from", "append":
            return finish(word: word, tableCandidates())
        case "join":
            let kinds = ["inner", "left", "full", "anti", "semi"].map { Candidate(key: $0, insert: $0 + " ", display: $0) }
            return finish(word: word, kinds + tableCandidates())
        case "help" where analysis.statementTokens.filter({ $0.kind != .newline }).count == 1:
            let c = (Keywords.transforms + functionNames()).map { Candidate(key: $0, insert: $0, display: $0) }
            return finish(word: word, c)
        case "let", "fn", "param", "import", "as", "into":
            return .none
        default: break
        }

        if prev.kind == .pipe || analysis.cursorStartsGroupBody {
            let c = Keywords.steps.map { Candidate(key: $0, insert: $0 + " ", display: $0) }
            return finish(word: word, Array(c))
        }
        if prev.kind == .lparen, analysis.innermost.kind == .expr, prev.end == ws || word.isEmpty,
           !analysis.lastParenIsCall {
            // `join (` / `from (`: a sub-query, or just a bracketed expression.
            var c = [Candidate(key: "from", insert: "from ", display: "from")]
            c += expressionCandidates(analysis: analysis, word: word)
            return finish(word: word, c)
        }
        return finish(word: word, expressionCandidates(analysis: analysis, word: word))
    }

    /// Inside a string: a file path where a file can go (`from "`, `join "`, `append "`,
    /// `import "`, `read("`), a value of the column compared with (`unit == "Hea`), else nothing.
    func completeString(_ partial: String, quote: String, before: [Token], bytes: [UInt8]) -> Completion {
        func word(_ t: Token?) -> String? {
            guard let t, t.kind == .identifier else { return nil }
            return String(decoding: bytes[t.start..<t.end], as: UTF8.self)
        }
        let p1 = before.last
        let p0 = before.count >= 2 ? before[before.count - 2] : nil
        let pathWords: Set<String> = ["from", "join", "append", "import", "inner", "left", "full", "anti", "semi"]
        if let w = word(p1), pathWords.contains(w) { return pathCompletion(partial, closing: quote) }
        if p1?.kind == .lparen, word(p0) == "read" { return pathCompletion(partial, closing: quote) }
        if let p1, p1.kind == .eq || p1.kind == .ne, let p0,
           p0.kind == .identifier || p0.kind == .quotedIdentifier {
            var column = String(decoding: bytes[p0.start..<p0.end], as: UTF8.self)
            if p0.kind == .quotedIdentifier { column = String(column.dropFirst().dropLast()) }
            let analysis = Analysis(tokens: before, bytes: bytes)
            let values = analysis.baseTable.flatMap { textValues(of: column, in: $0) } ?? []
            let c = values.filter { !$0.contains(quote) && !$0.contains("\\") }
                .map { Candidate(key: $0, insert: $0 + quote, display: $0) }
            return finish(word: partial, c)
        }
        return .none
    }

    /// The distinct text values of a column of a loaded table (at most 2,000 of them).
    func textValues(of column: String, in table: String) -> [String]? {
        guard let t = try? engine.table(named: table), let c = t.column(named: column), c.type == .text else { return nil }
        var seen = Set<String>()
        var out: [String] = []
        for r in 0..<t.rowCount where !c.isNull(r) {
            if case .text(let s) = c[r], seen.insert(s).inserted {
                out.append(s)
                if out.count >= 2000 { break }
            }
        }
        return out.sorted()
    }

    /// Columns first; with a partial word also functions, constants and keywords.
    func expressionCandidates(analysis: Analysis, word: String) -> [Candidate] {
        var c = analysis.columnsHere(engine: engine).map(columnCandidate)
        if let keyword = analysis.segmentKeyword, keyword == "join", let right = analysis.joinedTable {
            if let schema = try? engine.plan("from " + Completer.quoteIfNeeded(right)).schema {
                c += schema.map(\.name).map(columnCandidate)
            }
        }
        if word.isEmpty { return c }
        c += functionNames().map { Candidate(key: $0, insert: $0 + "(", display: $0 + "(") }
        c += engine.env.constants.keys.sorted().map { Candidate(key: $0, insert: $0, display: $0) }
        var keywords = Array(Keywords.reserved).sorted()
        switch analysis.segmentKeyword {
        case "summarize", "aggregate": keywords += ["by"]
        case "total": keywords += ["by", "as"]
        case "join": keywords += ["on", "as"]
        case "pivot": keywords += ["using", "by"]
        case "unpivot": keywords += ["into"]
        default: break
        }
        if analysis.innermost.kind == .top, analysis.innermost.from == nil { keywords += ["from"] }
        c += keywords.map { Candidate(key: $0, insert: $0 + " ", display: $0) }
        return c
    }

    func columnCandidate(_ name: String) -> Candidate {
        Candidate(key: name, insert: Completer.quoteIfNeeded(name), display: name)
    }

    func tableCandidates() -> [Candidate] {
        engine.env.tableNames.map { Candidate(key: $0, insert: Completer.quoteIfNeeded($0) + " ", display: $0) }
    }

    func functionNames() -> [String] {
        // Canonical names only: aliases (`mean`, `geomean`, `unique`...) would crowd the list.
        let names = Set(engine.env.registry.entries.keys).union(engine.env.functions.keys)
        return names.sorted()
    }

    /// Keeps the candidates whose key starts with the word (case-sensitively if any do, else
    /// ignoring case), without duplicates.
    func finish(word: String, _ candidates: [Candidate]) -> Completion {
        var matches = candidates.filter { $0.key.hasPrefix(word) }
        if matches.isEmpty, !word.isEmpty {
            let lower = word.lowercased()
            matches = candidates.filter { $0.key.lowercased().hasPrefix(lower) }
        }
        var seen = Set<String>()
        matches = matches.filter { seen.insert($0.insert).inserted }
        return Completion(word: word, candidates: matches.map(\.insert), display: matches.map(\.display))
    }

    // MARK: paths

    /// Completes a partial path; files get `closing` (the string's quote) appended, folders `/`.
    package func pathCompletion(_ partial: String, closing: String?) -> Completion {
        let slash = partial.lastIndex(of: "/")
        let dirTyped = slash.map { String(partial[...$0]) } ?? ""
        let prefix = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        var dir = dirTyped.isEmpty ? "." : dirTyped
        if dir == "~/" || dir.hasPrefix("~/") {
            dir = FileManager.default.homeDirectoryForCurrentUser.path + "/" + dir.dropFirst(2)
        }
        if !dir.hasPrefix("/"), let base = directory { dir = base + "/" + dir }
        let fm = FileManager.default
        let entries = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        var candidates: [Candidate] = []
        for e in entries where e.hasPrefix(prefix) || (!prefix.isEmpty && e.lowercased().hasPrefix(prefix.lowercased())) {
            if e.hasPrefix("."), !prefix.hasPrefix(".") { continue }
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: dir + "/" + e, isDirectory: &isDir)
            if isDir.boolValue {
                candidates.append(Candidate(key: dirTyped + e, insert: dirTyped + e + "/", display: e + "/"))
            } else {
                candidates.append(Candidate(key: dirTyped + e, insert: dirTyped + e + (closing ?? ""), display: e))
            }
        }
        return finish(word: partial, candidates)
    }

    // MARK: helpers

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || (b >= 48 && b <= 57) || b >= 0x80
    }

    /// `Actual 2006/07` → `` `Actual 2006/07` ``; plain names stay as they are.
    package static func quoteIfNeeded(_ name: String) -> String {
        let bytes = Array(name.utf8)
        let plain = !bytes.isEmpty && !(bytes[0] >= 48 && bytes[0] <= 57) && bytes.allSatisfy(isNameByte)
            && !Keywords.reserved.contains(name)
        return plain ? name : "`" + name + "`"
    }
}

/// Where in the (possibly nested) pipeline the cursor is.
struct Analysis {
    struct Frame {
        enum Kind { case top, subquery, groupBody, expr }
        var kind: Kind
        /// Index (into `tokens`) of this pipeline's `from`.
        var from: Int? = nil
        /// Indices of the `|` at this level.
        var pipes: [Int] = []
        /// For a group body: the index of the first token after `(`.
        var bodyStart: Int? = nil
    }

    let tokens: [Token]
    let bytes: [UInt8]
    private(set) var frames: [Frame] = [Frame(kind: .top)]
    private var caseDepth = 0
    /// Index of the first token of the statement the cursor is in.
    private(set) var statementStart = 0
    private(set) var lastParenIsCall = false

    init(tokens: [Token], bytes: [UInt8]) {
        self.tokens = tokens
        self.bytes = bytes
        for i in tokens.indices { step(i) }
    }

    func text(_ t: Token) -> String {
        String(decoding: bytes[t.start..<min(t.end, bytes.count)], as: UTF8.self)
    }

    var statementTokens: ArraySlice<Token> { tokens[statementStart...] }

    private func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .identifier else { return nil }
        return text(tokens[i])
    }

    /// The first token of the transform being written in a frame.
    func segmentStart(_ f: Frame) -> Int? {
        if let p = f.pipes.last { return p + 1 }
        if f.kind == .groupBody { return f.bodyStart }
        return nil
    }

    private mutating func step(_ i: Int) {
        let t = tokens[i]
        switch t.kind {
        case .identifier:
            let w = text(t)
            if w == "case" { caseDepth += 1 }
            if w == "end" { caseDepth = max(0, caseDepth - 1) }
            if w == "from", frames[frames.count - 1].kind != .expr, frames[frames.count - 1].from == nil {
                frames[frames.count - 1].from = i
            }
        case .pipe:
            frames[frames.count - 1].pipes.append(i)
        case .lparen, .lbracket:
            let top = frames[frames.count - 1]
            let isCall = i > 0 && tokens[i - 1].end == t.start
                && (tokens[i - 1].kind == .identifier || tokens[i - 1].kind == .quotedIdentifier)
            lastParenIsCall = isCall
            if t.kind == .lparen, word(i + 1) == "from" {
                frames.append(Frame(kind: .subquery))
            } else if t.kind == .lparen, !isCall, top.kind != .expr, let s = segmentStart(top), word(s) == "group" {
                frames.append(Frame(kind: .groupBody, bodyStart: i + 1))
            } else {
                frames.append(Frame(kind: .expr))
            }
        case .rparen, .rbracket:
            if frames.count > 1 { frames.removeLast() }
        case .newline, .semicolon:
            // A statement ends at a newline unless the line ended with `|` or `=`, a `case`
            // is open, or the next line goes on with `|` (the REPL only hands over text that
            // still needs more, so a newline at the very end continues too).
            guard frames.count == 1 else { break }
            if t.kind == .newline {
                if caseDepth > 0 { break }
                var p = i - 1
                while p >= 0, tokens[p].kind == .newline { p -= 1 }
                if p >= 0, tokens[p].kind == .pipe || tokens[p].kind == .assign { break }
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .newline { j += 1 }
                if j == tokens.count || tokens[j].kind == .pipe { break }
            }
            frames[0] = Frame(kind: .top)
            caseDepth = 0
            statementStart = i + 1
        default:
            break
        }
    }

    /// The innermost frame that is a pipeline (not a bracketed expression).
    var innermostPipelineIndex: Int {
        var k = frames.count - 1
        while k > 0, frames[k].kind == .expr { k -= 1 }
        return k
    }

    var innermost: Frame { frames[frames.count - 1] }

    /// True right after the `(` that opens `group k (`.
    var cursorStartsGroupBody: Bool {
        let f = innermost
        return f.kind == .groupBody && f.pipes.isEmpty && f.bodyStart == tokens.count
    }

    var segmentKeyword: String? {
        let f = frames[innermostPipelineIndex]
        return segmentStart(f).flatMap { word($0) }
    }

    /// The table named right after this pipeline's `from`.
    var baseTable: String? {
        guard let from = frames[innermostPipelineIndex].from, from + 1 < tokens.count else { return nil }
        let t = tokens[from + 1]
        if t.kind == .identifier { return text(t) }
        if t.kind == .quotedIdentifier { return String(text(t).dropFirst().dropLast()) }
        return nil
    }

    /// The table named after `join [kind]` in the current transform.
    var joinedTable: String? {
        let f = frames[innermostPipelineIndex]
        guard let s = segmentStart(f), word(s) == "join" else { return nil }
        var i = s + 1
        if let w = word(i), ["inner", "left", "full", "anti", "semi"].contains(w),
           i + 1 < tokens.count, tokens[i + 1].kind == .identifier || tokens[i + 1].kind == .quotedIdentifier { i += 1 }
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .identifier { return text(tokens[i]) }
        if tokens[i].kind == .quotedIdentifier { return String(text(tokens[i]).dropFirst().dropLast()) }
        return nil
    }

    /// The source text of the pipeline up to (not including) the transform being written.
    func pipelineText(_ k: Int) -> String? {
        let f = frames[k]
        switch f.kind {
        case .top, .subquery:
            guard let from = f.from, let last = f.pipes.last, from < last else { return nil }
            return slice(from, last)
        case .groupBody:
            guard k > 0, let outer = pipelineText(k - 1) else { return nil }
            if let last = f.pipes.last, let bs = f.bodyStart, bs < last {
                return outer + "\n| " + slice(bs, last)
            }
            return outer
        case .expr:
            return nil
        }
    }

    /// Source text from the start of token `a` to the start of token `b`.
    private func slice(_ a: Int, _ b: Int) -> String {
        String(decoding: bytes[tokens[a].start..<tokens[b].start], as: UTF8.self)
    }

    /// The columns of the table at the cursor's point of the pipeline.
    func columnsHere(engine: Engine) -> [String] {
        guard let source = pipelineText(innermostPipelineIndex) else { return [] }
        guard let plan = try? engine.plan(source, name: "<completion>", pivotKeys: .fromData) else { return [] }
        var seen = Set<String>()
        return plan.schema.map(\.name).filter { seen.insert($0).inserted }
    }
}
