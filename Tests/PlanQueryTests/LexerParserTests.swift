import Foundation
import Testing
@testable import PlanQuery

@Suite("Lexer")
struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(name: "t", text: text)).tokens.map(\.kind)
    }

    func texts(_ text: String) -> [String] {
        let f = SourceFile(name: "t", text: text)
        return Lexer.tokenize(f).tokens.dropLast().map { f.text(of: Span(file: f, start: $0.start, end: $0.end)) }
    }

    @Test func literals() {
        #expect(kinds("42 1_000 3.14 1e6 5% £1.2m @2009-03-31 @2009-03 FY2008/09 \"s\" `a b`") ==
                [.integer, .integer, .decimal, .float, .percent, .money, .date, .month, .fiscalYear, .string, .quotedIdentifier, .eof])
    }

    @Test func percentVersusModulo() {
        #expect(kinds("5% x") == [.percent, .identifier, .eof])
        #expect(kinds("x % 2") == [.identifier, .percentSign, .integer, .eof])
        #expect(kinds("7%3") == [.integer, .percentSign, .integer, .eof])
    }

    @Test func moneyWithThousands() {
        #expect(texts("£1,639.8 + £350k") == ["£1,639.8", "+", "£350k"])
        // `,` followed by a non-three-digit group is an argument separator.
        #expect(texts("f(£1,2)") == ["f", "(", "£1", ",", "2", ")"])
    }

    @Test func operators() {
        #expect(kinds("== != <> <= >= < > ?? ~= = | ; .") ==
                [.eq, .ne, .ne, .le, .ge, .lt, .gt, .coalesce, .regexMatch, .assign, .pipe, .semicolon, .dot, .eof])
    }

    @Test func newlinesInsideBracketsAreIgnored() {
        #expect(kinds("(1\n2)\n3") == [.lparen, .integer, .integer, .rparen, .newline, .integer, .eof])
    }

    @Test func commentsAreSkipped() {
        #expect(kinds("1 # a comment\n2") == [.integer, .newline, .integer, .eof])
    }

    @Test func unicodeIdentifiersAndSpans() {
        let f = SourceFile(name: "t", text: "café £5")
        let tokens = Lexer.tokenize(f).tokens
        #expect(tokens[0].kind == .identifier)
        #expect(tokens[0].end == 5)  // bytes: c a f é(2)
        #expect(f.location(of: tokens[1].start).column == 6)  // columns count scalars
    }

    @Test func errorsHaveSpans() {
        let (_, diags) = Lexer.tokenize(SourceFile(name: "t", text: "x ! y"))
        #expect(diags.count == 1)
        #expect(diags[0].render().hasPrefix("t:1:3: error: unexpected `!`"))
    }

    @Test func neverCrashesOnArbitraryBytes() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let f = SourceFile(name: "fuzz", text: String(decoding: bytes, as: UTF8.self))
            let (tokens, _) = Lexer.tokenize(f)
            #expect(tokens.last?.kind == .eof)
            // Tokens are ordered and inside the input.
            var last = 0
            for t in tokens { #expect(t.start >= last && t.end <= f.bytes.count); last = t.end }
            _ = Parser.parse(f)
        }
    }
}

@Suite("Parser")
struct ParserTests {
    func parse(_ text: String) -> (Program, [Diagnostic]) { Parser.parse(SourceFile(name: "t", text: text)) }

    @Test func pipelineWithNewlinesBeforePipes() {
        let (p, d) = parse("from kpis\n| where value > 1\n\n| take 2")
        #expect(d.isEmpty)
        guard case .query(let q) = p.statements[0].kind else { Issue.record("not a query"); return }
        #expect(q.transforms.count == 2)
    }

    @Test func precedence() throws {
        let (p, d) = parse("1 + 2 * 3 == 7 and not false or x ?? 1 > 0")
        #expect(d.isEmpty)
        guard case .expression(let e) = p.statements[0].kind, case .binary(.or, let lhs, let rhs) = e.kind else {
            Issue.record("expected or at the top"); return
        }
        guard case .binary(.and, _, _) = lhs.kind else { Issue.record("and binds tighter than or"); return }
        guard case .binary(.gt, let c, _) = rhs.kind, case .binary(.coalesce, _, _) = c.kind else {
            Issue.record("?? binds tighter than comparison"); return
        }
    }

    @Test func statementsAndRecovery() {
        let (p, d) = parse("let x = 1\nfrom kpis | bogus 1\nfn f(a, b = 2) = a + b\nimport \"stdlib/finance\"")
        #expect(d.count == 1)
        #expect(p.statements.count == 3)
    }

    @Test func defaultsMustComeLast() {
        let (_, d) = parse("fn f(a = 1, b) = a")
        #expect(d.first?.message.contains("needs a default") == true)
    }

    @Test func namedArgumentsAfterPositional() {
        #expect(parse("f(a = 1, 2)").1.first?.message == "positional arguments must come before named ones")
    }

    @Test func everySpanCoversItsText() {
        let (p, _) = parse("from kpis | where code == \"NI 9\" | select unit, v = value * 2")
        guard case .query(let q) = p.statements[0].kind else { return }
        guard case .select(let items) = q.transforms[1].kind else { return }
        #expect(items[1].expr.span.text == "value * 2")
        #expect(items[1].nameSpan?.text == "v")
        #expect(q.transforms[0].keywordSpan.text == "where")
    }
}

@Suite("Grammar")
struct GrammarTests {
    static let grammar = (try? String(contentsOf: Fixtures.packageRoot.appendingPathComponent("grammar/planq.ebnf"), encoding: .utf8)) ?? ""

    @Test("every keyword the lexer knows is in the grammar", arguments: Keywords.all)
    func keywordInGrammar(_ word: String) {
        #expect(GrammarTests.grammar.contains("\"\(word)\""), "grammar/planq.ebnf does not mention \"\(word)\"")
    }

    static var planqFiles: [String] {
        let fm = FileManager.default
        var out: [String] = []
        for dir in ["examples", "stdlib"] {
            let root = Fixtures.packageRoot.appendingPathComponent(dir)
            guard let e = fm.enumerator(atPath: root.path) else { continue }
            for case let f as String in e where f.hasSuffix(".planq") { out.append(dir + "/" + f) }
        }
        return out.sorted()
    }

    @Test("examples and stdlib parse", arguments: planqFiles)
    func parses(_ path: String) throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let (_, d) = Parser.parse(SourceFile(name: path, text: text))
        #expect(d.isEmpty, "\(d.map { $0.render() }.joined(separator: "\n"))")
    }
}
