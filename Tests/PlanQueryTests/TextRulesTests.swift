import Testing
@testable import PlanQuery

/// The text and null rules that docs/language.md states ("Text and Unicode", "Nulls"), run on
/// a table holding `é` both composed (U+00E9) and decomposed (`e` + U+0301), as files from
/// different systems hold it.
@Suite("Text rules (docs/language.md)")
struct TextRulesTests {
    static let composed = "\u{E9}", decomposed = "e\u{301}"

    func engine() -> Engine {
        let engine = makeEngine()
        engine.register(Table(names: ["v"], rows: [[.text(Self.composed)], [.text(Self.decomposed)], [.text("f")]]), as: "u")
        engine.register(Table(names: ["v", "w"], rows: [[.text(Self.decomposed), .int(1)], [.text("f"), .int(2)]]), as: "r")
        engine.register(Table(names: ["v"], rows: [[.text("🇬🇧")], [.text("👩‍👩‍👧")], [.text("a\u{301}\u{302}")], [.text("")]]), as: "chars")
        return engine
    }

    func run(_ query: String) throws -> String { try FunctionDocs.run(example: query, in: engine()) }

    /// Checks a query's result text, showing the text it gave when it differs.
    func check(_ query: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let got = try run(query)
        #expect(got == expected, "\(query)", sourceLocation: sourceLocation)
    }

    @Test func equalityIsCanonical() throws {
        try check("from u | derive same = v == \"\(Self.composed)\", other = v != \"\(Self.decomposed)\" | select same, other", "true,false\ntrue,false\nfalse,true")
        try check("from u | where v in [\"\(Self.decomposed)\"] | summarize n = count()", "2")
    }

    @Test func groupingDistinctAndJoinsAreCanonical() throws {
        try check("from u | summarize n = count() by v | select n", "2\n1")
        try check("from u | distinct | summarize n = count()", "2")
        try check("from u | join r on v | select w", "1\n1\n2")
    }

    @Test func sortIsByCanonicalCodePointsAndStable() throws {
        // é (U+00E9) sorts after f (U+0066): code points of the composed form, not a
        // dictionary order; the two spellings are equal, so they keep their order.
        try check("from u | derive i = row_number() | sort v | select i", "3\n1\n2")
        try check("from u | derive i = row_number() | sort -v | select i", "1\n2\n3")
        try check("from [\"b\", \"B\", \"a\"] | sort value", "B\na\nb")
    }

    @Test func lengthCountsCharacters() throws {
        try check("from u | derive n = length(v) | select n", "1\n1\n1")
        try check("from chars | derive n = length(v) | select n", "1\n1\n1\n0")
        try check("from u | derive s = substring(v, 1, 1) == v | select s", "true\ntrue\ntrue")
    }

    @Test func containsMatchesCharactersAndPatternsMatchScalars() throws {
        // contains/starts_with compare whole characters: the decomposed é does not contain `e`;
        // a regular expression reads scalars, so `^e` matches it. (Table r holds only the
        // decomposed spelling.)
        try check("from r | derive c = contains(v, \"e\"), h = starts_with(v, \"e\"), x = regex_match(v, \"^e\") | select c, h, x",
                  "false,false,true\nfalse,false,false")
        try check("from r | derive c = contains(v, \"\(Self.composed)\"), e = ends_with(v, \"\u{301}\") | select c, e", "true,false\nfalse,false")
    }

    @Test func percentRankAndCumeDistSkipNulls() throws {
        try check("from [3, null, 1, 3, null, 2] | derive p = round(percent_rank(value), 4), c = cume_dist(value) | select p, c", "0.6667,1\n,\n0.0000,0.25\n0.6667,1\n,\n0.3333,0.5")
        try check("from [null, null] | derive p = percent_rank(value), c = cume_dist(value) | select p, c", ",\n,")
    }
}
