import Foundation
import Testing
@testable import PlanQuery

/// The warnings for queries that run but mislead: when each fires, and when it keeps quiet.
/// (What they say, over the bundled data, is in the error-message suite.)
@Suite("Warnings for misleading queries")
struct WarningTests {
    func warnings(_ query: String) throws -> [String] {
        let engine = Engine()
        engine.register(Table(names: ["unit", "row_kind", "amount"], rows: [
            [.text("Libraries"), .text("line"), .int(10)],
            [.text("Libraries"), .text("line"), .int(5)],
            [.text("Libraries"), .text("total"), .int(15)],
            [.text("Parks"), .text("line"), .int(7)],
        ]), as: "ledger")
        engine.register(Table(names: ["unit", "amount"], rows: [[.text("Libraries"), .int(1)], [.text("Parks"), .int(2)]]),
                        as: "plain")
        var seen: [String] = []
        engine.onWarning = { seen.append($0.message) }
        _ = try engine.run(query)
        return seen
    }

    @Test func sumsOverMarkedTotalRows() throws {
        #expect(try warnings("from ledger | summarize s = sum(amount)").first?.contains("adds up rows that are themselves totals") == true)
        #expect(try warnings("from ledger | summarize s = sum(amount) by unit").count == 1)
        #expect(try warnings("from ledger | where unit == \"Parks\" | summarize s = sum(amount)").count == 1)
        // Quiet once the rows are chosen by row_kind, before or in the aggregate, or with no sum.
        #expect(try warnings("from ledger | where row_kind == \"line\" | summarize s = sum(amount)").isEmpty)
        #expect(try warnings("from ledger | summarize s = sum(amount) where row_kind == \"line\"").isEmpty)
        #expect(try warnings("from ledger | summarize n = count(), m = max(amount)").isEmpty)
        #expect(try warnings("from plain | summarize s = sum(amount)").isEmpty)
    }

    @Test func aggregatesInSelectButNotInDeriveOrGroup() throws {
        #expect(try warnings("from plain | select unit, sum(amount)").first?.contains("in `select` is computed over every row") == true)
        #expect(try warnings("from plain | derive share = amount / sum(amount)").isEmpty)
        #expect(try warnings("from plain | derive total = sum(amount)").isEmpty)
        #expect(try warnings("from plain | select unit, share = amount / sum(amount)").isEmpty)
        #expect(try warnings("from plain | group unit (select unit, s = sum(amount))").isEmpty)
        #expect(try warnings("from plain | select unit, n = row_number()").isEmpty)
    }

    @Test func textValuesNoRowHas() throws {
        #expect(try warnings("from plain | where unit == \"Parks\"").isEmpty)
        #expect(try warnings("from plain | where unit == \"parks\"") == ["no row of plain has unit \"parks\", so this condition matches nothing"])
        #expect(try warnings("from plain | where unit in [\"Parks\", \"Pool\"]").count == 1)
        // A value computed on the way is not traced: no warning rather than a wrong one.
        #expect(try warnings("from plain | derive unit = upper(unit) | where unit == \"PARKS\"").isEmpty)
        #expect(try warnings("from plain | where unit != \"Pool\"").isEmpty)
    }

    @Test func closestValuesAreLookedForOnlyInSmallColumns() {
        #expect(ResultChecks.closestValues(to: "Librarys", in: ["Libraries", "Parks"]) == ["Libraries"])
        #expect(ResultChecks.closestValues(to: "parks", in: ["Libraries", "Parks"]) == ["Parks"])
        #expect(ResultChecks.closestValues(to: "Park", in: ["Country Parks", "Parks and Gardens", "Roads"]).contains("Country Parks"))
        let many = (0..<(ResultChecks.searchLimit + 1)).map { "row \($0)" }
        #expect(ResultChecks.closestValues(to: "row 5x", in: many).isEmpty)
    }

    @Test func literalsThatSpellColumns() throws {
        #expect(try warnings("from plain | where \"unit\" == \"Parks\"").first?.contains("this compares the text \"unit\"") == true)
        #expect(try warnings("from [[1, 2]] | rename `2008/09` = value1 | where 2008/09 > 1").first?.contains("arithmetic on two numbers") == true)
        #expect(try warnings("from [[1, 2]] | where 2008/09 > 1").isEmpty)
    }
}
