import Foundation
import Testing
import PlanQuery

/// docs/json-output.md, row by row: the JSON and JSON Lines every front end writes.
@Suite("JSON output contract (version 2)")
struct JSONContractTests {
    static let everyType = """
        from [1] | derive i = 650, d = 1639.80, f = 0.1 * 1.0 / 3, big = 1e20 * 1.0, small = 0.00000015 * 1.0,
          nan = sqrt(-1.0), t = "say \\"hi\\"\\n£", b = true, dt = @2009-03-31, m = @2009-03, fy = FY2008/09,
          n = null, l = [1, "a"]
        | select i, d, f, big, small, nan, t, b, dt, m, fy, n, l
        """
    static let expectedObject =
        #"{"i":650,"d":1639.8,"f":0.03333333333333333,"big":1e+20,"small":0.00000015,"nan":null,"t":"say \"hi\"\n£","b":true,"dt":"2009-03-31","m":"2009-03","fy":"2008/09","n":null,"l":[1,"a"]}"#

    @Test func everyTypeIsEncodedAsDocumented() throws {
        let t = try Engine().query(JSONContractTests.everyType)
        #expect(t.rendered(as: .json) == "[" + JSONContractTests.expectedObject + "]\n")
        #expect(t.rendered(as: .jsonl) == JSONContractTests.expectedObject + "\n")
        // Standard JSON that a reader parses, decimals exactly.
        let parsed = try JSONSerialization.jsonObject(with: Data(t.rendered(as: .json).utf8)) as? [[String: Any]]
        #expect(parsed?.first?.count == 13)
        #expect(parsed?.first?["n"] is NSNull)
    }

    /// Version 2: a decimal is written at its own scale, not padded to its column's widest.
    @Test func decimalsAreWrittenAtTheirOwnScale() throws {
        let t = try Engine().query("from [1639.8, 8923.40, 0.125, 73, -0.50] | select value")
        #expect(t.rendered(as: .jsonl) ==
                "{\"value\":1639.8}\n{\"value\":8923.4}\n{\"value\":0.125}\n{\"value\":73}\n{\"value\":-0.5}\n")
        // Read back as decimals, every value is the one written.
        let parsed = try JSONSerialization.jsonObject(with: Data(t.rendered(as: .json).utf8)) as? [[String: Any]]
        #expect(parsed?.compactMap { ($0["value"] as? NSNumber)?.decimalValue.description } == ["1639.8", "8923.4", "0.125", "73", "-0.5"])
    }

    /// Money in pounds keeps its pence, whatever the column's scale; money in £000s is a number like any other.
    @Test func moneyKeepsItsPence() throws {
        let e = Engine()
        let t = try e.query("from [12.5, 73, 0.125, 1639.80] | derive pounds = as_money(value), thousands = as_money(value, \"£000s\") | select pounds, thousands")
        #expect(t.rendered(as: .jsonl) == """
            {"pounds":12.50,"thousands":12.5}
            {"pounds":73.00,"thousands":73}
            {"pounds":0.125,"thousands":0.125}
            {"pounds":1639.80,"thousands":1639.8}

            """)
        let whole = try e.query("from [12, 73] | derive pounds = as_money(value * 1.0) | select pounds")
        #expect(whole.rendered(as: .jsonl) == "{\"pounds\":12.00}\n{\"pounds\":73.00}\n")
    }

    @Test func shapes() throws {
        let e = Engine()
        let two = try e.query("from [1, 2] | derive sq = value * value")
        #expect(two.rendered(as: .json) == "[{\"value\":1,\"sq\":1},\n{\"value\":2,\"sq\":4}]\n")
        #expect(two.rendered(as: .jsonl) == "{\"value\":1,\"sq\":1}\n{\"value\":2,\"sq\":4}\n")
        let none = try e.query("from [1, 2] | where value > 5")
        #expect(none.rendered(as: .json) == "[]\n")
        #expect(none.rendered(as: .jsonl) == "")
        // Formats for people stay out of JSON: money and percent columns are plain numbers.
        let formatted = try e.query("from [1] | derive money = format_money(1639.8), share = 0.657 | select share")
        #expect(formatted.rendered(as: .jsonl) == "{\"share\":0.657}\n")
    }

    @Test func theCommandLineWritesTheSameJSON() throws {
        let cli = CLITests()
        let r = try cli.planq(["--format", "json", "-c", JSONContractTests.everyType])
        #expect(r.status == 0)
        #expect(r.out == "[" + JSONContractTests.expectedObject + "]\n")
        let lines = try cli.planq(["--format", "jsonl", "-c", JSONContractTests.everyType])
        #expect(lines.out == JSONContractTests.expectedObject + "\n")
        // A single value prints alone.
        #expect(try cli.planq(["--format", "json", "-c", "1 + 1"]).out == "2\n")
        #expect(try cli.planq(["--format", "json", "-c", "FY2008/09"]).out == "\"2008/09\"\n")
        // A single decimal is written as a column's are.
        #expect(try cli.planq(["--format", "json", "-c", "1.50 + 1"]).out == "2.5\n")
        #expect(try cli.planq(["--format", "json", "-c", "as_money(12.5)"]).out == "12.50\n")
        #expect(try cli.planq(["--format", "csv", "-c", "as_money(12.5) + 0.5"]).out == "13.00\n")
        #expect(try cli.planq(["--format", "json", "-c", "[1.50, 2.0]"]).out == "[1.5,2]\n")
    }
}
