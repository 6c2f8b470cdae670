import Foundation
import Testing
import PlanQuery

/// docs/json-output.md, row by row: the JSON and JSON Lines every front end writes.
@Suite("JSON output contract (version 1)")
struct JSONContractTests {
    static let everyType = """
        from [1] | derive i = 650, d = 1639.80, f = 0.1 * 1.0 / 3, big = 1e20 * 1.0, small = 0.00000015 * 1.0,
          nan = sqrt(-1.0), t = "say \\"hi\\"\\n£", b = true, dt = @2009-03-31, m = @2009-03, fy = FY2008/09,
          n = null, l = [1, "a"]
        | select i, d, f, big, small, nan, t, b, dt, m, fy, n, l
        """
    static let expectedObject =
        #"{"i":650,"d":1639.80,"f":0.03333333333333333,"big":1e+20,"small":0.00000015,"nan":null,"t":"say \"hi\"\n£","b":true,"dt":"2009-03-31","m":"2009-03","fy":"2008/09","n":null,"l":[1,"a"]}"#

    @Test func everyTypeIsEncodedAsDocumented() throws {
        let t = try Engine().query(JSONContractTests.everyType)
        #expect(t.rendered(as: .json) == "[" + JSONContractTests.expectedObject + "]\n")
        #expect(t.rendered(as: .jsonl) == JSONContractTests.expectedObject + "\n")
        // Standard JSON that a reader parses, decimals exactly.
        let parsed = try JSONSerialization.jsonObject(with: Data(t.rendered(as: .json).utf8)) as? [[String: Any]]
        #expect(parsed?.first?.count == 13)
        #expect(parsed?.first?["n"] is NSNull)
    }

    @Test func decimalsKeepTheColumnsDigits() throws {
        let t = try Engine().query("from [1639.8, 8923.40, 0.125] | select value")
        #expect(t.rendered(as: .jsonl) == "{\"value\":1639.800}\n{\"value\":8923.400}\n{\"value\":0.125}\n")
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
    }
}
