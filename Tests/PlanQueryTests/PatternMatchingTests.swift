import Testing
@testable import PlanQuery

/// planq's own regular-expression matcher (PatternMatching.swift): linear time, cancellable,
/// and on the syntax it supports it agrees with Swift's backtracking `Regex`.
@Suite("Regular expressions")
struct PatternMatchingTests {
    /// The pattern that made `~=` and `regex_match` run for minutes with a backtracking engine.
    @Test func catastrophicPatternsAreLinear() throws {
        let text = String(repeating: "a", count: 30_000) + "!"
        let engine = makeEngine()
        #expect(try engine.query("regex_match(\"\(text)\", \"^(a+)+$\")")[0, "value"] == .bool(false))
        #expect(try engine.query("from [\"\(text)\"] | where value ~= \"^(a|aa)*$\" | summarize n = count()")[0, "n"] == .int(0))
        #expect(try engine.query("regex_extract(\"\(text)\", \"(a*)*!\")")[0, "value"] == .text(text))
    }

    /// A long match stops at the run's time limit (the check the embedding's cancellation uses).
    @Test func aMatchStopsAtTheTimeLimit() throws {
        let engine = makeEngine()
        engine.register(Table(names: ["t"], rows: [[.text(String(repeating: "ab", count: 2_000_000))]]), as: "long")
        engine.limits.timeout = .milliseconds(50)
        let error = #expect(throws: PlanQueryError.self) {
            try engine.query("from long | select m = regex_match(t, \"(a|b|ab|ba)*c\")")
        }
        #expect(error?.diagnostics.first?.kind == .limit)
        #expect(error?.diagnostics.first?.message.hasPrefix("query stopped: it ran past the time limit") == true)
    }

    @Test(arguments: [
        ("(a)\\1", "backreferences such as \\1 are not supported"),
        ("(?=a)", "lookahead and lookbehind are not supported"),
        ("(?<!a)b", "lookahead and lookbehind are not supported"),
        ("[", "unclosed `[`"),
        ("(a", "unclosed `(`"),
        ("a)", "unmatched `)`"),
        ("*a", "nothing to repeat before `*`"),
        ("a**", "`*` cannot follow a repetition (possessive and nested repeats are not supported)"),
        ("a{3,2}", "a repeat count {3,2} has its larger number first"),
        ("a{5000}", "repeat counts go up to 1000"),
        ("(a{1000}){1000}", "the pattern is too large (more than 20000 steps once repeats are expanded)"),
        ("[z-a]", "the range z-a is backwards"),
        ("\\q", "unknown escape `\\q`"),
        ("a(?i)b", "the flag (?i) goes at the very start of the pattern"),
        (String(repeating: "(", count: 200) + String(repeating: ")", count: 200), "groups nested more than 100 deep"),
    ])
    func unsupportedOrBadPatternsAreErrors(_ pattern: String, _ message: String) {
        #expect(throws: PatternMatcher.SyntaxError.self) { try PatternMatcher(pattern) }
        do { _ = try PatternMatcher(pattern) } catch { #expect(error.message == message) }
    }

    @Test func aBadPatternInAQueryPointsAtIt() throws {
        let error = #expect(throws: PlanQueryError.self) { try makeEngine().query("from [\"a\"] | where value ~= \"(a\"") }
        #expect(error?.diagnostics.first?.message == "invalid regular expression: unclosed `(`")
        #expect(error?.diagnostics.first?.column == 29)
    }

    /// A pattern taken from a column is compiled per distinct value; a bad one is an error.
    @Test func patternsFromAColumn() throws {
        let engine = makeEngine()
        let t = try engine.query("from [[\"NI 117\", \"^NI\"], [\"BV 8\", \"^NI\"], [\"abc\", \"b\"]] | select m = regex_match(value1, value2)")
        #expect((0..<3).map { t[$0, "m"] } == [.bool(true), .bool(false), .bool(true)])
        #expect(throws: PlanQueryError.self) { try engine.query("from [[\"a\", \"(\"]] | select m = regex_match(value1, value2)") }
    }

    @Test(arguments: [
        ("foo bar", "\\bbar\\b", "bar"), ("ABC", "(?i)b", "B"), ("Ärger", "(?i)^ä", "Ä"), ("x12y", "\\d+", "12"),
        ("a-b", "[\\w-]+", "a-b"), ("tab\there", "\\s", "\t"), ("aaa", "a{2,}?", "aa"), ("aaa", "a??a", "a"),
        ("2008/09", "^(\\d{4})/(\\d{2})$", "2008/09"), ("£1,639.8", "£[\\d,]+(\\.\\d+)?", "£1,639.8"),
        ("x\u{263A}y", "\\u{263A}", "\u{263A}"), ("ab", "(?:a|b)+", "ab"), ("abc", "$", ""), ("é", ".", "é"),
    ])
    func matchesLikeOtherEngines(_ text: String, _ pattern: String, _ expected: String) throws {
        let re = try PatternMatcher(pattern)
        let scalars = Array(text.unicodeScalars)
        let groups = try #require(try re.firstMatch(in: scalars))
        let whole = try #require(groups[0])
        #expect(String(String.UnicodeScalarView(scalars[whole])) == expected)
    }

    /// Random patterns over a small alphabet agree with Swift's `Regex` (the reference, on the
    /// syntax both share and on texts where they cannot differ: ASCII without newlines) on
    /// whether, where and with which groups they match, and on replacement.
    @Test func agreesWithSwiftRegexOnRandomPatterns() throws {
        var rng = SeededGenerator(seed: 20080401)
        var compared = 0
        for _ in 0..<3_000 {
            let pattern = RandomPattern.make(&rng, depth: 0)
            // `\\b` between a word character and another, as in Perl and RE2 (Swift defaults to UAX #29 word breaks).
            guard let reference = (try? Regex(pattern))?.wordBoundaryKind(.simple) else { continue }
            let mine = try PatternMatcher(pattern)
            for _ in 0..<4 {
                let text = String((0..<Int.random(in: 0...12, using: &rng)).map { _ in "abc -".randomElement(using: &rng)! })
                let scalars = Array(text.unicodeScalars)
                let expected = try reference.firstMatch(in: text)
                let actual = try mine.firstMatch(in: scalars)
                #expect((expected == nil) == (actual == nil), "\(pattern) on \"\(text)\"")
                if let expected, let actual {
                    for g in 0..<expected.output.count {
                        let want = expected.output[g].range.map {
                            text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound)..<text.unicodeScalars.distance(from: text.startIndex, to: $0.upperBound)
                        }
                        #expect(want == actual[g], "\(pattern) on \"\(text)\", group \(g)")
                    }
                }
                #expect(try mine.replacingMatches(in: text, with: "<$0>") == text.replacing(reference) { "<\($0.output[0].substring ?? "")>" },
                        "\(pattern) replacing in \"\(text)\"")
                compared += 1
            }
        }
        #expect(compared > 5_000)
    }
}

/// Random patterns; repetition is applied only to what cannot match nothing: repeating an
/// empty match (`(a?)*`) is where backtracking engines and automata differ by design
/// (docs/language.md), so the comparison leaves it out.
enum RandomPattern {
    static func make(_ rng: inout SeededGenerator, depth: Int) -> String { sequence(&rng, depth: depth).text }

    static func sequence(_ rng: inout SeededGenerator, depth: Int) -> (text: String, canBeEmpty: Bool) {
        var out = "", empty = true
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            var atom: (text: String, canBeEmpty: Bool)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0 where depth < 3:
                let inner = sequence(&rng, depth: depth + 1)
                atom = ("(" + inner.text + ")", inner.canBeEmpty)
            case 1 where depth < 3:
                let a = sequence(&rng, depth: depth + 1), b = sequence(&rng, depth: depth + 1)
                atom = ("(?:" + a.text + "|" + b.text + ")", a.canBeEmpty || b.canBeEmpty)
            case 2: atom = (["[ab]", "[^a]", "[a-c]", "\\w", "\\s", "\\d", "."].randomElement(using: &rng)!, false)
            case 3: atom = (["^", "$", "\\b"].randomElement(using: &rng)!, true)
            default: atom = (["a", "b", "c", " "].randomElement(using: &rng)!, false)
            }
            if !atom.canBeEmpty, Int.random(in: 0..<3, using: &rng) == 0 {
                let q = ["*", "+", "?", "{2}", "{1,2}", "{0,}", "*?", "+?", "??"].randomElement(using: &rng)!
                atom = (atom.text + q, q.hasPrefix("*") || q.hasPrefix("?") || q == "{0,}")
            }
            out += atom.text
            empty = empty && atom.canBeEmpty
        }
        return (out, empty)
    }
}

/// A small deterministic generator (SplitMix64) so that random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
