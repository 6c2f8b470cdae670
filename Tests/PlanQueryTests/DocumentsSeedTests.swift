import Foundation
import Testing
@testable import PlanQuery

/// Checks of the bundled dataset against the seed documents: nothing left out without a
/// reason, Towards 2010 targets against a list read from the source by hand, budget tables
/// that add up (or whose differences are documented), and the value normalisations.
/// The seed documents are kept in `examples/documents`, so these run in every clone.
@Suite("Seed 001 dataset")
struct DocumentsSeedTests {
    static let f001 = "001_23223e66fe6ffd0f.txt"

    func grid(_ name: String) throws -> [[String: String]]? {
        let built = try #require(SeedDataset.built, "the seed documents in examples/documents did not load")
        return try #require(built.grids[name]).records
    }

    // MARK: no table lost

    @Test func everyTableIsReadOrLeftOutWithAReason() throws {
        guard let tables = try grid("tables"), let built = SeedDataset.built else { return }
        let mine = tables.filter { $0["source"] == Self.f001 }
        let read = mine.filter { !($0["dataset"] ?? "").isEmpty }
        let left = mine.filter { ($0["dataset"] ?? "").isEmpty }
        // every part is one or the other, and a part left out says why
        #expect(read.count + left.count == mine.count)
        #expect(left.allSatisfy { !($0["reason"] ?? "").isEmpty })
        #expect(read.allSatisfy { Int($0["dataset_rows"] ?? "") ?? 0 > 0 })
        // the importer's own table list is covered: every extracted table has a part here
        let text = try String(contentsOf: DocumentFixtures.seedsDirectory().appendingPathComponent(Self.f001), encoding: .utf8)
        let doc = importDocument(name: Self.f001, text: text)
        #expect(Set(mine.compactMap { $0["table_no"] }) == Set((1...doc.tables.count).map(String.init)))
        // both counts, as measured when this was written (a change shows here first)
        #expect(doc.tables.count == 636)
        #expect(read.count == 517)
        #expect(left.count == 124)
        // the report lists each table left out, with its lines and reason
        for t in left {
            #expect(built.report.contains("left out: \(Self.f001):\(t["line"]!)-\(t["line_end"]!)"))
        }
        #expect(built.report.contains("\(Self.f001): 636 tables (641 parts"))
    }

    @Test func childrensSocialServicesKPIsAreIn() throws {
        // F001:7141-7162, under "Key Performance Indicators and Service Comparisons"
        guard let kpis = try grid("kpis"), let comparators = try grid("comparators"), let tables = try grid("tables") else { return }
        let css = kpis.filter { $0["unit"] == "Children's Social Services" && (Int($0["line"]!) ?? 0) >= 7142 && (Int($0["line"]!) ?? 0) <= 7162 }
        #expect(Set(css.map { $0["indicator"]! }).count == 17)
        let a1 = css.first { $0["code"] == "A1" && $0["measure"] == "actual" }
        #expect(a1?["value"] == "10.6")
        #expect(a1?["rating"] == "V Good")
        #expect(a1?["value_text"] == "10.6 ●●●●● V Good")
        // the benchmark columns of the same table are comparisons
        let national = comparators.first { $0["line"] == "7142" && $0["authority"] == "National Average" }
        #expect(national?["value"] == "12")
        #expect(national?["period"] == "2007")
        #expect(tables.first { $0["line"] == "7141" }?["dataset"] == "kpis")
    }

    @Test func youthOffendingComparesWithTheYJBFamily() throws {
        // F001:21474-21486: YOTs as rows, performance measures as columns
        guard let comparators = try grid("comparators") else { return }
        let yot = comparators.filter { $0["unit"] == "Youth Offending Service" && $0["indicator"] == "Overall Performance" }
        #expect(Set(yot.map { $0["authority"]! }) == ["Kent", "Essex", "Wessex", "Hertfordshire", "Lancashire", "Northamptonshire",
                                                      "Cheshire", "West Sussex", "Warwickshire", "Gloucestershire",
                                                      "South East Region", "National"])
        #expect(yot.first { $0["authority"] == "Kent" }?["value"] == "0.694")
        let level = comparators.first { $0["unit"] == "Youth Offending Service" && $0["indicator"] == "Performance Level" && $0["authority"] == "Essex" }
        #expect(level?["value_text"] == "Level 3")
    }

    // MARK: Towards 2010

    /// `target_no`, unit and line of every Towards 2010 target named in a target table,
    /// read from the source (Fixtures/seed-expectations/towards-2010-targets.tsv).
    static func handMadeTargets() throws -> [(Int, String, Int)] {
        let url = Fixtures.root.appendingPathComponent("seed-expectations/towards-2010-targets.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { l in
            if l.hasPrefix("#") { return nil }
            let f = l.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 3, let n = Int(f[0]), let line = Int(f[2]) else { return nil }
            return (n, f[1], line)
        }
    }

    @Test(arguments: 1...62)
    func towards2010Target(_ n: Int) throws {
        guard let targets = try grid("targets") else { return }
        let expected = Set(try Self.handMadeTargets().filter { $0.0 == n }.map(\.1))
        // what `from targets | where target_no == N` returns
        let found = Set(targets.filter { $0["target_no"] == String(n) }.map { $0["unit"]! })
        #expect(found == expected, "target \(n)")
        if n == 27 { #expect(found.contains("Regeneration and Economy")) }
    }

    @Test func targetsHaveFrameworkAndRole() throws {
        guard let targets = try grid("targets") else { return }
        #expect(targets.allSatisfy { ["lead", "support", "contributes"].contains($0["role"]!) })
        // a target number is a Towards 2010 one: the row's framework, or a mention in its text
        // (`P5 T17 … (the T2010 target 51 that relates to this …)`, F001:12657)
        #expect(targets.filter { !($0["target_no"] ?? "").isEmpty }.allSatisfy {
            $0["framework"] == "Towards 2010" || (($0["plan_text"] ?? "") + ($0["target"] ?? "")).lowercased().contains("2010")
        })
        // F001:27447 `Target 27 ⇥ Open the Turner Contemporary gallery`, under "The Division supports the following T2010 targets"
        let r = targets.first { $0["line"] == "27447" }
        #expect(r?["framework"] == "Towards 2010")
        #expect(r?["role"] == "support")
        #expect(r?["plan_text"] == "Target 27")
        // KHS fills the Plan cell only on the first row (F001:25694 is Target 32)
        #expect(targets.first { $0["line"] == "25694" }?["framework"] == "Towards 2010")
        // the Kent Agreement 1 "Block Four Target 8" is not Towards 2010 target 8
        #expect(targets.first { $0["line"] == "27455" }?["target_no"] == "")
    }

    // MARK: budgets

    /// Differences documented in docs/data-quality.md: `| line | year | … | difference |`.
    static func documentedBudgetDifferences() throws -> [String: String] {
        let doc = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/data-quality.md"), encoding: .utf8)
        guard let start = doc.firstRange(of: "<!-- budget-differences -->"),
              let end = doc[start.upperBound...].firstRange(of: "<!-- /budget-differences -->") else { return [:] }
        var out: [String: String] = [:]
        for line in doc[start.upperBound..<end.lowerBound].split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 7, Int(cells[0]) != nil else { continue }
            out[cells[0] + " " + cells[1]] = cells[6]
        }
        return out
    }

    @Test func budgetLinesAddUpToThePrintedTotal() throws {
        guard let budgets = try grid("budgets") else { return }
        var groups: [String: [[String: String]]] = [:]
        var order: [String] = []
        for r in budgets {
            let key = [r["unit"]!, r["table"]!, r["budget"]!, r["year"]!].joined(separator: "|")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(r)
        }
        func amount(_ r: [String: String]) -> ExactDecimal { ExactDecimal(parsing: r["controllable"] ?? "") ?? ExactDecimal(0) }
        func sum(_ rows: [[String: String]]) -> ExactDecimal { rows.reduce(ExactDecimal(0)) { $0.adding(amount($1)) ?? $0 } }
        var found: [String: String] = [:]
        var checked = 0
        for key in order {
            let rows = groups[key]!
            let year = rows[0]["year"]!
            var expected: ExactDecimal
            var printed: [String: String]
            if rows[0]["budget"] == "revenue and capital" {
                // KHS `Totals for KHS Revenue & Capital`: the revenue and capital totals together
                let parts = key.split(separator: "|").map(String.init)
                let sections = order.filter { $0.hasPrefix(parts[0] + "|" + parts[1] + "|") && $0.hasSuffix("|" + year) && $0 != key }
                expected = sections.reduce(ExactDecimal(0)) { acc, k in
                    let rs = groups[k]!
                    let t = rs.last { $0["row_kind"] == "total cost" } ?? rs.last { $0["row_kind"] == "total" }
                    return acc.adding(t.map(amount) ?? ExactDecimal(0)) ?? acc
                }
                printed = rows.last!
            } else if let total = rows.last(where: { $0["row_kind"] == "total" }) {
                expected = sum(rows.filter { $0["row_kind"] == "line" })
                printed = total
            } else if let cost = rows.last(where: { $0["row_kind"] == "total cost" }) {
                // no total of the lines printed: the total cost is lines + memorandum items
                expected = sum(rows.filter { ["line", "memo", "adjustment"].contains($0["row_kind"]!) })
                printed = cost
            } else {
                Issue.record("budget table without a total row: \(key)")
                continue
            }
            checked += 1
            let difference = expected.subtracting(amount(printed)) ?? ExactDecimal(0)
            if difference.units != 0 { found[printed["line"]! + " " + year] = difference.normalized.description }
        }
        let documented = try Self.documentedBudgetDifferences()
        #expect(found == documented, "budget tables whose lines do not add up must be listed in docs/data-quality.md")
        #expect(checked >= 200)
    }

    @Test func eachPrintedBudgetTableHasItsOwnTitle() throws {
        guard let budgets = try grid("budgets") else { return }
        // no year band as a title
        #expect(!budgets.contains { parseFiscalYear(Substring($0["table"]!)) != nil })
        // Additional Educational Needs & Resources (F001:6082) is a table of its own
        #expect(budgets.first { $0["line_item"] == "Statemented Pupil Support" }?["table"] == "Additional Educational Needs & Resources")
        #expect(budgets.first { $0["line_item"] == "Commissioning - General" }?["table"] == "Commissioning - General")
        // one Total Cost of Unit per printed table and year
        var counts: [String: Int] = [:]
        for r in budgets where r["row_kind"] == "total cost" {
            counts[[r["unit"]!, r["table"]!, r["budget"]!, r["year"]!].joined(separator: "|"), default: 0] += 1
        }
        #expect(counts.filter { $0.value > 1 }.isEmpty, "\(counts.filter { $0.value > 1 })")
        // KHS prints its capital budget under the revenue budget
        #expect(budgets.first { $0["line_item"] == "KHS Co-location project" }?["budget"] == "capital")
    }

    // MARK: values

    @Test func valuesKeepTheirUnitsAndPrintedText() throws {
        guard let kpis = try grid("kpis"), let staffing = try grid("staffing"), let activity = try grid("activity") else { return }
        let days = kpis.filter { $0["value_unit"] == "days" }
        #expect(days.count >= 20)
        #expect(days.allSatisfy { !($0["value"] ?? "").isEmpty && ($0["value_text"] ?? "").contains($0["value"]!) })
        // grade bands: one key, the printed label kept
        let keys = Set(staffing.filter { ($0["band"] ?? "").hasPrefix("Pt13") || ($0["band"] ?? "").hasPrefix("Pt 13")
            || ($0["band"] ?? "").hasPrefix("KS13") || ($0["band"] ?? "").hasPrefix("KS 13") }.map { $0["band_key"]! })
        #expect(keys == ["13 and above"])
        let fgc = activity.first { ($0["activity"] ?? "").hasPrefix("No of FGCs") && $0["period"] == "2008/09" }
        #expect(fgc?["value"] == "510")
        #expect(fgc?["value_unit"] == "FGCs")
        #expect(fgc?["value_text"] == "510 FGCs")
    }

    // MARK: prose plans

    @Test func commitmentsAndClaims() throws {
        guard let commitments = try grid("commitments"), let claims = try grid("claims") else { return }
        let pledges = commitments.filter { $0["kind"] == "pledge" }
        #expect(pledges.count == 49)
        #expect(Set(pledges.map { $0["theme"]! }).count == 10)
        // F002:111-116, a pledge wrapped over six narrow lines, joined
        let parkway = pledges.first { $0["line"] == "111" }
        #expect(parkway?["line_end"] == "116")
        #expect(parkway?["commitment"] == "We will work towards developing a Thanet parkway station linked to High Speed I, through line speed improvements between Ashford and Ramsgate, bringing journey times to London to around an hour.")
        // F002:148, "- another 350 apprentices …" continues the bullet above
        #expect(commitments.first { $0["line"] == "146" }?["line_end"] == "148")
        #expect(commitments.filter { $0["kind"] == "design principle" }.map { $0["seq"]! } == (1...17).map(String.init))
        #expect(commitments.first { $0["heading"] == "We will establish the Kent Forum" }?["chapter"] == "Chapter 3: Building new partnerships")
        #expect(claims.count == 75)
        let locate = claims.first { $0["topic"] == "Locate in Kent" }
        #expect(locate?["section"] == "A SUSTAINABLE ECONOMY")
        #expect(locate?["line"] == "304")
        #expect((locate?["figures"] ?? "").contains("2,749"))
    }
}
