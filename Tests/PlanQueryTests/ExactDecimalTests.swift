import Testing
@testable import PlanQuery

/// Exact decimals hold 18 significant digits: what fits is exact; what does not is rounded
/// correctly with a warning, refused with an error, or (in a loaded file) read as floats with
/// a warning. Never a silent loss.
@Suite("Exact decimals at their limits")
struct ExactDecimalLimitTests {
    func run(_ query: String) throws -> (value: String, warnings: [Diagnostic]) {
        let engine = makeEngine()
        var warnings: [Diagnostic] = []
        engine.onWarning = { warnings.append($0) }
        let text = try FunctionDocs.run(example: query, in: engine)
        return (text, warnings)
    }

    /// The product from issue 18: it needs 21 digits; the result is rounded once, from the
    /// exact product (…20183149 → …201831; rounding digit by digit gave …201832), and said.
    @Test func aProductPastEighteenDigitsIsRoundedOnceAndReported() throws {
        let r = try run("5.377639679 * 296.22998931")
        #expect(r.value == "1593.018144623201831")
        #expect(r.warnings.map(\.message) == ["a product of decimals has more than 18 significant digits and was rounded to 15 places"])
        #expect(r.warnings.first?.hints.first == "for example 5.377639679 × 296.22998931 = 1593.018144623201831")
    }

    @Test func aProductThatFitsIsExactAndQuiet() throws {
        let r = try run("from [1.05, 2.5, 0.1] | summarize p = product(value), q = sum(value * 3.333)")
        #expect(r.warnings.isEmpty)
        #expect(r.value == "0.2625,12.16545")
    }

    /// Per row, one warning per statement, not one per row.
    @Test func oneWarningPerStatement() throws {
        let r = try run("from [1.123456789, 2.123456789, 3.123456789] | select p = value * 1.1234567891234")
        #expect(r.warnings.count == 1)
    }

    @Test(arguments: [
        ("0.1234567890123456789 + 0", "error: number too large or too precise"),
        ("12345678901234567890.5", "error: number too large or too precise"),
        ("0.12345678901234567800000 + 0", "0.123456789012345678"),  // zeros past 18 places are exact
        ("9223372036854775807 + 1", "error: integer overflow"),
        ("922337203685477580.7 + 0.1", "error: decimal overflow (more than 18 significant digits)"),
        ("from [922337203685477580.7, 0.1] | summarize s = sum(value)", "922337203685477581"),  // rounded and said: ExactSumTests
        ("0.1 + 0.2 == 0.3", "true"),
    ])
    func literalsAndSumsAtTheEdge(_ query: String, _ expected: String) throws {
        do {
            #expect(try run(query).value == expected)
        } catch let e as PlanQueryError {
            #expect(expected.hasPrefix("error:") && ("error: " + e.diagnostics[0].message).hasPrefix(expected), "\(query): \(e)")
        }
    }

    @Test func parsingRefusesDigitsThatWouldBeLost() {
        #expect(ExactDecimal(parsing: "0.123456789012345678") != nil)
        #expect(ExactDecimal(parsing: "0.1234567890123456789") == nil)
        #expect(ExactDecimal(parsing: "1.50000000000000000000")?.description == "1.500000000000000000")
        #expect(ExactDecimal(parsing: "9223372036854775807") != nil)
        #expect(ExactDecimal(parsing: "9223372036854775808") == nil)
    }
}
