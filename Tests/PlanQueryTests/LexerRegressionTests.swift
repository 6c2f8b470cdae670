import Testing
@testable import PlanQuery

/// Inputs found by LexerParserTests' random-bytes test.
@Suite("Lexer regressions")
struct LexerRegressionTests {
    /// An unterminated string ending in a backslash: the escape skip stepped past the end, so
    /// the end-of-file token lay outside the input.
    @Test func unterminatedStringEndingInBackslash() {
        for text in ["\"\\", "x = \"ab\\", "\u{FFFD}\"\u{FFFD}\\"] {
            let f = SourceFile(name: "t", text: text)
            let (tokens, diags) = Lexer.tokenize(f)
            #expect(tokens.last?.kind == .eof)
            for t in tokens { #expect(t.end <= f.bytes.count) }
            #expect(diags.contains { $0.render().contains("unterminated string") })
            _ = Parser.parse(f)
        }
    }
}
