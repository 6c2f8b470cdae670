/// planq's regular expressions (`~=`, `regex_match`, `regex_extract`, `regex_replace`).
///
/// Written by hand, as a Thompson NFA run by a Pike VM, because Swift's `Regex` backtracks:
/// `regex_match("aaaa…a!", "^(a+)+$")` runs for minutes, and a running match can neither be
/// given a step budget nor be stopped. Here a match takes time proportional to the text's
/// length times the pattern's size, whatever the pattern, and the run's cancellation and time
/// limit are checked as it goes (`checkpoint`). The price is the features that need
/// backtracking: backreferences (`\1`) and lookaround (`(?=…)`) are refused with a message,
/// as in RE2 and Rust's regex crate.
///
/// Syntax (docs/language.md, "Regular expressions"): literals; `.` (any character but a
/// newline); classes `[a-z]`, `[^…]`; `\d \D \w \W \s \S` (Unicode digits, word characters,
/// spaces); anchors `^ $ \A \z \b \B`; groups `( )`, `(?: )`, `(?<name> )`; alternation `|`;
/// quantifiers `* + ? {n} {n,} {n,m}` and their lazy forms with `?`; the flag `(?i)` at the
/// start for case-insensitive matching. Matching works on Unicode scalars, leftmost first,
/// like Perl and Swift's `Regex`.
package struct PatternMatcher: Sendable {
    package struct SyntaxError: Error, Sendable { package let message: String }

    /// The largest compiled pattern (counted repeats are expanded: `(a{100}){100}` is 10,000).
    static let maxInstructions = 20_000
    /// Brackets inside one pattern.
    static let maxGroupNesting = 100

    let program: [Instruction]
    /// Capturing groups, not counting the whole match (group 0).
    package let groupCount: Int
    let caseInsensitive: Bool

    package init(_ pattern: String) throws(SyntaxError) {
        var parser = PatternParser(Array(pattern.unicodeScalars))
        let (tree, groups, ignoreCase) = try parser.parse()
        var compiler = PatternCompiler(caseInsensitive: ignoreCase)
        compiler.emit(.save(0))
        try compiler.compile(tree)
        compiler.emit(.save(1))
        compiler.emit(.match)
        program = compiler.program
        groupCount = groups
        caseInsensitive = ignoreCase
    }

    /// The run's cancellation and time limit, checked every few thousand steps of a match.
    /// One function, so that the check can change without touching the matcher.
    @inline(__always) static func checkpoint() throws {
        try RunGuard.checkpoint()
    }

    /// The first (leftmost) match at or after scalar offset `start`: for each group, its
    /// scalar range, or nil when the group took no part. Index 0 is the whole match.
    package func firstMatch(in text: [Unicode.Scalar], from start: Int = 0) throws -> [Range<Int>?]? {
        guard let slots = try run(text, from: start) else { return nil }
        return (0...groupCount).map { g in
            let a = slots[2 * g], b = slots[2 * g + 1]
            return a >= 0 && b >= a ? a..<b : nil
        }
    }

    package func matches(_ text: String) throws -> Bool {
        try run(Array(text.unicodeScalars), from: 0) != nil
    }

    /// Every match replaced by `template`, in which `$0`…`$9` stand for the groups and `$$`
    /// for a dollar sign.
    package func replacingMatches(in text: String, with template: String) throws -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var position = 0
        while position <= scalars.count, let groups = try firstMatch(in: scalars, from: position), let whole = groups[0] {
            out.append(contentsOf: scalars[position..<whole.lowerBound])
            out.append(contentsOf: PatternMatcher.expand(template, groups, in: scalars).unicodeScalars)
            if whole.isEmpty {
                // An empty match: keep the next character and search after it.
                if whole.upperBound < scalars.count { out.append(scalars[whole.upperBound]) }
                position = whole.upperBound + 1
            } else {
                position = whole.upperBound
            }
        }
        if position < scalars.count { out.append(contentsOf: scalars[position...]) }
        return String(out)
    }

    static func expand(_ template: String, _ groups: [Range<Int>?], in text: [Unicode.Scalar]) -> String {
        var out = ""
        var chars = template.makeIterator()
        while let c = chars.next() {
            guard c == "$" else { out.append(c); continue }
            guard let d = chars.next() else { out.append("$"); break }
            if let g = d.wholeNumberValue, g < groups.count {
                if let r = groups[g] { out += String(String.UnicodeScalarView(text[r])) }
            } else if d == "$" {
                out.append("$")
            } else {
                out.append("$"); out.append(d)
            }
        }
        return out
    }

    // MARK: the Pike VM

    /// One thread per instruction at each position, in priority order: the first thread to
    /// reach `match` wins and every thread after it is dropped (leftmost-first semantics).
    func run(_ text: [Unicode.Scalar], from start: Int) throws -> [Int]? {
        let slotCount = 2 * (groupCount + 1)
        var current = ThreadList(size: program.count), next = ThreadList(size: program.count)
        var matched: [Int]? = nil
        var stack: [(pc: Int, slots: [Int])] = []
        var steps = 0
        var position = start
        while position <= text.count {
            if matched == nil {
                // A new attempt starting here, below every thread already running.
                add(&current, pc: 0, slots: [Int](repeating: -1, count: slotCount), at: position, text, &stack)
            }
            if current.isEmpty {
                if matched != nil { break }
                current.clear()  // nothing alive here: try the next position
                position += 1
                continue
            }
            next.clear()
            for t in current.threads {
                steps += 1
                if steps & 0xFFF == 0 { try PatternMatcher.checkpoint() }
                switch program[t.pc] {
                case .match:
                    matched = t.slots
                case .scalar(let s):
                    if position < text.count, fold(text[position]) == s { add(&next, pc: t.pc + 1, slots: t.slots, at: position + 1, text, &stack) }
                case .any:
                    if position < text.count, text[position] != "\n" { add(&next, pc: t.pc + 1, slots: t.slots, at: position + 1, text, &stack) }
                case .set(let set):
                    if position < text.count, set.contains(text[position], caseInsensitive: caseInsensitive) {
                        add(&next, pc: t.pc + 1, slots: t.slots, at: position + 1, text, &stack)
                    }
                case .split, .jump, .save, .assert:
                    break  // followed when the thread was added
                }
                if case .match = program[t.pc] { break }
            }
            swap(&current, &next)
            position += 1
        }
        return matched
    }

    /// Adds a thread, following jumps, splits, saves and assertions at once (with an explicit
    /// stack: a pattern's chain of empty steps can be long). An instruction already in the
    /// list is not added again: a higher-priority thread got there first.
    func add(_ list: inout ThreadList, pc start: Int, slots startSlots: [Int], at position: Int,
             _ text: [Unicode.Scalar], _ stack: inout [(pc: Int, slots: [Int])]) {
        stack.append((start, startSlots))
        while let (pc, slots) = stack.popLast() {
            guard list.mark(pc) else { continue }
            switch program[pc] {
            case .jump(let to):
                stack.append((to, slots))
            case .split(let first, let second):
                stack.append((second, slots))
                stack.append((first, slots))
            case .save(let slot):
                var s = slots
                s[slot] = position
                stack.append((pc + 1, s))
            case .assert(let a):
                if holds(a, at: position, text) { stack.append((pc + 1, slots)) }
            case .scalar, .any, .set, .match:
                list.threads.append(Thread(pc: pc, slots: slots))
            }
        }
    }

    func holds(_ a: Assertion, at i: Int, _ text: [Unicode.Scalar]) -> Bool {
        switch a {
        case .start: return i == 0
        case .end: return i == text.count
        case .wordBoundary, .notWordBoundary:
            let before = i > 0 && ScalarClass.word.contains(text[i - 1])
            let after = i < text.count && ScalarClass.word.contains(text[i])
            return (before != after) == (a == .wordBoundary)
        }
    }

    @inline(__always) func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        caseInsensitive ? PatternMatcher.lower(s) : s
    }

    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return s.value >= 65 && s.value <= 90 ? Unicode.Scalar(s.value + 32) ?? s : s }
        let l = s.properties.lowercaseMapping.unicodeScalars
        return l.count == 1 ? l.first ?? s : s
    }

    static func upper(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return s.value >= 97 && s.value <= 122 ? Unicode.Scalar(s.value - 32) ?? s : s }
        let u = s.properties.uppercaseMapping.unicodeScalars
        return u.count == 1 ? u.first ?? s : s
    }

    struct Thread {
        var pc: Int
        var slots: [Int]
    }

    /// Threads at one position, with a sparse set of the instructions already in it.
    struct ThreadList {
        var threads: [Thread] = []
        var dense: [Int]
        var sparse: [Int]
        var count = 0

        init(size: Int) {
            dense = [Int](repeating: 0, count: size)
            sparse = [Int](repeating: 0, count: size)
        }

        var isEmpty: Bool { threads.isEmpty }

        /// False when `pc` was already in the list.
        mutating func mark(_ pc: Int) -> Bool {
            let i = sparse[pc]
            if i < count, dense[i] == pc { return false }
            sparse[pc] = count
            dense[count] = pc
            count += 1
            return true
        }

        mutating func clear() {
            threads.removeAll(keepingCapacity: true)
            count = 0
        }
    }
}

enum Instruction: Sendable {
    case scalar(Unicode.Scalar)
    case any
    case set(ScalarSet)
    case split(Int, Int)
    case jump(Int)
    case save(Int)
    case assert(Assertion)
    case match
}

enum Assertion: Sendable { case start, end, wordBoundary, notWordBoundary }

enum ScalarClass: Sendable {
    case digit, word, space

    func contains(_ s: Unicode.Scalar) -> Bool {
        switch self {
        case .digit:
            if s.isASCII { return s.value >= 48 && s.value <= 57 }
            return s.properties.numericType == .decimal
        case .word:
            if s.isASCII {
                let v = s.value
                return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
            }
            let p = s.properties
            return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
                || p.generalCategory == .connectorPunctuation
        case .space:
            if s.isASCII { return s == " " || (s.value >= 9 && s.value <= 13) }
            return s.properties.isWhitespace
        }
    }
}

/// A bracketed class, or one of `\d \w \s` and their negations.
struct ScalarSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    var classes: [(ScalarClass, negated: Bool)] = []
    var negated = false

    func contains(_ s: Unicode.Scalar, caseInsensitive: Bool) -> Bool {
        var found = includes(s)
        if !found, caseInsensitive {
            found = includes(PatternMatcher.lower(s)) || includes(PatternMatcher.upper(s))
        }
        return found != negated
    }

    private func includes(_ s: Unicode.Scalar) -> Bool {
        for r in ranges where r.contains(s.value) { return true }
        for (c, negated) in classes where c.contains(s) != negated { return true }
        return false
    }
}

// MARK: parsing

indirect enum PatternNode {
    case empty
    case scalar(Unicode.Scalar)
    case any
    case set(ScalarSet)
    case assert(Assertion)
    case concat([PatternNode])
    case alternation([PatternNode])
    /// A capturing group has its number (1, 2, …).
    case group(PatternNode, Int?)
    case repetition(PatternNode, min: Int, max: Int?, greedy: Bool)
}

struct PatternParser {
    let p: [Unicode.Scalar]
    var i = 0
    var groups = 0
    var depth = 0

    init(_ p: [Unicode.Scalar]) { self.p = p }

    func fail(_ message: String) -> PatternMatcher.SyntaxError { PatternMatcher.SyntaxError(message: message) }

    var atEnd: Bool { i >= p.count }
    var peek: Unicode.Scalar? { i < p.count ? p[i] : nil }

    mutating func parse() throws(PatternMatcher.SyntaxError) -> (PatternNode, Int, Bool) {
        var ignoreCase = false
        if p.starts(with: Array("(?i)".unicodeScalars)) { ignoreCase = true; i = 4 }
        let tree = try alternation()
        if !atEnd { throw fail(p[i] == ")" ? "unmatched `)`" : "unexpected `\(p[i])`") }
        return (tree, groups, ignoreCase)
    }

    mutating func alternation() throws(PatternMatcher.SyntaxError) -> PatternNode {
        var branches = [try concatenation()]
        while peek == "|" {
            i += 1
            branches.append(try concatenation())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func concatenation() throws(PatternMatcher.SyntaxError) -> PatternNode {
        var items: [PatternNode] = []
        while let c = peek, c != "|", c != ")" {
            var atom = try self.atom()
            atom = try quantified(atom)
            items.append(atom)
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .concat(items)
    }

    mutating func quantified(_ atom: PatternNode) throws(PatternMatcher.SyntaxError) -> PatternNode {
        guard let c = peek else { return atom }
        var bounds: (Int, Int?)? = nil
        switch c {
        case "*": bounds = (0, nil); i += 1
        case "+": bounds = (1, nil); i += 1
        case "?": bounds = (0, 1); i += 1
        case "{":
            guard let b = try countedBounds() else { return atom }
            bounds = b
        default: return atom
        }
        guard let (lo, hi) = bounds else { return atom }
        if case .assert = atom { throw fail("an anchor cannot be repeated") }
        if case .empty = atom { throw fail("nothing to repeat before `\(c)`") }
        var greedy = true
        if peek == "?" { greedy = false; i += 1 }
        if let next = peek, next == "*" || next == "+" || next == "?" {
            throw fail("`\(next)` cannot follow a repetition (possessive and nested repeats are not supported)")
        }
        return .repetition(atom, min: lo, max: hi, greedy: greedy)
    }

    /// `{n}`, `{n,}`, `{n,m}`; nil (and nothing read) when the brace is a literal.
    mutating func countedBounds() throws(PatternMatcher.SyntaxError) -> (Int, Int?)? {
        var j = i + 1
        func number() -> Int? {
            var n = 0, digits = 0
            while j < p.count, let d = Int(exactly: p[j].value), d >= 48, d <= 57 {
                n = min(n * 10 + (d - 48), 100_000)
                digits += 1
                j += 1
            }
            return digits > 0 ? n : nil
        }
        guard let lo = number() else { return nil }
        var hi: Int? = lo
        if j < p.count, p[j] == "," {
            j += 1
            hi = number()
        }
        guard j < p.count, p[j] == "}" else { return nil }
        i = j + 1
        if let hi, hi < lo { throw fail("a repeat count {\(lo),\(hi)} has its larger number first") }
        if lo > 1000 || (hi ?? 0) > 1000 { throw fail("repeat counts go up to 1000") }
        return (lo, hi)
    }

    mutating func atom() throws(PatternMatcher.SyntaxError) -> PatternNode {
        let c = p[i]
        i += 1
        switch c {
        case "(": return try group()
        case "[": return .set(try bracket())
        case ".": return .any
        case "^": return .assert(.start)
        case "$": return .assert(.end)
        case "\\": return try escape(inClass: false)
        case "*", "+", "?": throw fail("nothing to repeat before `\(c)`")
        default: return .scalar(c)
        }
    }

    mutating func group() throws(PatternMatcher.SyntaxError) -> PatternNode {
        depth += 1
        defer { depth -= 1 }
        if depth > PatternMatcher.maxGroupNesting { throw fail("groups nested more than \(PatternMatcher.maxGroupNesting) deep") }
        var number: Int? = nil
        if peek == "?" {
            i += 1
            switch peek {
            case ":": i += 1
            case "<" where i + 1 < p.count && p[i + 1] != "=" && p[i + 1] != "!":
                // `(?<name>…)`: a capturing group; the name is not used.
                while let c = peek, c != ">" { i += 1 }
                guard peek == ">" else { throw fail("unclosed group name") }
                i += 1
                groups += 1
                number = groups
            case "=", "!", "<": throw fail("lookahead and lookbehind are not supported")
            case "i": throw fail("the flag (?i) goes at the very start of the pattern")
            default: throw fail("unknown group `(?\(peek.map { String($0) } ?? "")`")
            }
        } else {
            groups += 1
            number = groups
        }
        let inner = try alternation()
        guard peek == ")" else { throw fail("unclosed `(`") }
        i += 1
        return .group(inner, number)
    }

    mutating func bracket() throws(PatternMatcher.SyntaxError) -> ScalarSet {
        var set = ScalarSet()
        if peek == "^" { set.negated = true; i += 1 }
        var first = true
        while true {
            guard let c = peek else { throw fail("unclosed `[`") }
            if c == "]" && !first { i += 1; break }
            first = false
            i += 1
            var low: Unicode.Scalar
            if c == "\\" {
                switch try escape(inClass: true) {
                case .scalar(let s): low = s
                case .set(let s):
                    set.classes.append(contentsOf: s.classes)
                    continue
                default: throw fail("this escape cannot stand in a class")
                }
            } else {
                low = c
            }
            // A range `a-z`, unless the `-` is last.
            if peek == "-", i + 1 < p.count, p[i + 1] != "]" {
                i += 1
                var high = p[i]
                i += 1
                if high == "\\" {
                    guard case .scalar(let s) = try escape(inClass: true) else { throw fail("a class range must end in a character") }
                    high = s
                }
                guard low.value <= high.value else { throw fail("the range \(low)-\(high) is backwards") }
                set.ranges.append(low.value...high.value)
            } else {
                set.ranges.append(low.value...low.value)
            }
        }
        return set
    }

    mutating func escape(inClass: Bool) throws(PatternMatcher.SyntaxError) -> PatternNode {
        guard let c = peek else { throw fail("the pattern ends with `\\`") }
        i += 1
        func cls(_ k: ScalarClass, _ negated: Bool) -> PatternNode {
            var s = ScalarSet()
            s.classes = [(k, negated)]
            return .set(s)
        }
        switch c {
        case "d": return cls(.digit, false)
        case "D": return cls(.digit, true)
        case "w": return cls(.word, false)
        case "W": return cls(.word, true)
        case "s": return cls(.space, false)
        case "S": return cls(.space, true)
        case "t": return .scalar("\t")
        case "n": return .scalar("\n")
        case "r": return .scalar("\r")
        case "f": return .scalar("\u{0C}")
        case "v": return .scalar("\u{0B}")
        case "0": return .scalar("\0")
        case "b" where !inClass: return .assert(.wordBoundary)
        case "B" where !inClass: return .assert(.notWordBoundary)
        case "A" where !inClass: return .assert(.start)
        case "z" where !inClass, "Z" where !inClass: return .assert(.end)
        case "x", "u":
            let braced = peek == "{"
            if braced { i += 1 }
            var value: UInt32 = 0, digits = 0
            let most = braced ? 8 : (c == "x" ? 2 : 4)
            while let h = peek, digits < most, let d = Int(String(h), radix: 16) {
                value = value * 16 + UInt32(d)
                digits += 1
                i += 1
            }
            if braced { guard peek == "}" else { throw fail("unclosed `\\\(c){`") }; i += 1 }
            guard digits > 0, let s = Unicode.Scalar(value) else { throw fail("bad `\\\(c)` escape") }
            return .scalar(s)
        default:
            if c.properties.numericType != nil { throw fail("backreferences such as \\\(c) are not supported") }
            if c.isASCII, c.properties.isAlphabetic { throw fail("unknown escape `\\\(c)`") }
            return .scalar(c)  // an escaped punctuation mark stands for itself
        }
    }
}

// MARK: compiling

struct PatternCompiler {
    let caseInsensitive: Bool
    var program: [Instruction] = []

    mutating func emit(_ i: Instruction) { program.append(i) }

    func tooLarge() -> PatternMatcher.SyntaxError {
        PatternMatcher.SyntaxError(message: "the pattern is too large (more than \(PatternMatcher.maxInstructions) steps once repeats are expanded)")
    }

    mutating func compile(_ node: PatternNode) throws(PatternMatcher.SyntaxError) {
        if program.count > PatternMatcher.maxInstructions { throw tooLarge() }
        switch node {
        case .empty: break
        case .scalar(let s): emit(.scalar(caseInsensitive ? PatternMatcher.lower(s) : s))
        case .any: emit(.any)
        case .set(let s): emit(.set(s))
        case .assert(let a): emit(.assert(a))
        case .concat(let items):
            for item in items { try compile(item) }
        case .alternation(let branches):
            // split L1, next; L1: branch; jump end; next: split L2, … ; last branch
            var jumps: [Int] = []
            for (k, branch) in branches.enumerated() {
                if k < branches.count - 1 {
                    let split = program.count
                    emit(.split(split + 1, -1))
                    try compile(branch)
                    jumps.append(program.count)
                    emit(.jump(-1))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try compile(branch)
                }
            }
            for j in jumps { program[j] = .jump(program.count) }
        case .group(let inner, let number):
            if let number { emit(.save(2 * number)) }
            try compile(inner)
            if let number { emit(.save(2 * number + 1)) }
        case .repetition(let inner, let lo, let hi, let greedy):
            for _ in 0..<lo { try compile(inner) }
            if let hi {
                // Each optional copy: split into it or past all the rest.
                var splits: [Int] = []
                for _ in lo..<hi {
                    splits.append(program.count)
                    emit(.split(-1, -1))
                    try compile(inner)
                }
                for s in splits { program[s] = greedy ? .split(s + 1, program.count) : .split(program.count, s + 1) }
            } else {
                // L: split body, end; body; jump L
                let loop = program.count
                emit(.split(-1, -1))
                try compile(inner)
                emit(.jump(loop))
                program[loop] = greedy ? .split(loop + 1, program.count) : .split(program.count, loop + 1)
            }
        }
        if program.count > PatternMatcher.maxInstructions { throw tooLarge() }
    }
}
