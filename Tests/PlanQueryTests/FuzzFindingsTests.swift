import Foundation
import Testing
@testable import PlanQuery

/// Every crash the fuzzers found (scripts/fuzz.sh, docs/reliability.md), reduced to the
/// query or file that caused it, with what planq must now answer. A query case gives the
/// result text, or for an error `error: ` and the start of the message.
struct FuzzFinding: Sendable, CustomTestStringConvertible {
    var query: String
    var expected: String
    /// The warning the run must give (its message's start), if any.
    var warning: String?
    init(_ query: String, _ expected: String, warning: String? = nil) {
        self.query = query; self.expected = expected; self.warning = warning
    }
    var testDescription: String { query }
}

enum FuzzFindings {
    static let queries: [FuzzFinding] = [
        // lag/lead read their offset from the first row: an empty table has none (engine target).
        FuzzFinding("from [1] | where value > 5 | derive w = lag(value, 1) | select w", ""),
        FuzzFinding("from [1] | where value > 5 | derive w = lead(value, 2, 0) | select w", ""),
        FuzzFinding("from [1, 2] | where value > 1 | derive w = lag(value, 1, -1) | select w", "-1"),
        // A decimal whose scale the column cannot take part-way through: the values already
        // rescaled were read at the old scale (0.5 became 5e16). Now the column becomes floats
        // from the original values, with a warning.
        FuzzFinding("from [0.5, 20.5, 0.000000000000000005] | select value", "0.5\n20.5\n5e-18",
                    warning: "a column's decimals need more than 18 significant digits at one scale"),
        FuzzFinding("from [0.000000000000000005, 20.5] | select value", "5e-18\n20.5",
                    warning: "a column's decimals need more than 18 significant digits at one scale"),
        FuzzFinding("from [0.5, 20.5, 0.25] | select value", "0.50\n20.50\n0.25"),
    ]
}

@Suite("Fuzz findings")
struct FuzzFindingsTests {
    @Test("queries", arguments: FuzzFindings.queries)
    func query(_ c: FuzzFinding) throws {
        let engine = makeEngine()
        var warnings: [String] = []
        engine.onWarning = { warnings.append($0.message) }
        do {
            let text = try FunctionDocs.run(example: c.query, in: engine)
            #expect(text == c.expected, "\(c.query)")
        } catch let e as PlanQueryError {
            let d = e.diagnostics[0]
            #expect(c.expected.hasPrefix("error:") && ("error: " + d.message).hasPrefix(c.expected), "\(c.query): \(d.message)")
            #expect(d.span != nil, "\(c.query): the error has no position")
        }
        if let w = c.warning {
            #expect(warnings.contains { $0.hasPrefix(w) }, "\(c.query): warnings \(warnings)")
        } else {
            #expect(warnings.isEmpty, "\(c.query): unexpected warnings \(warnings)")
        }
    }
}

/// Plan documents the fuzzers found crashing the importer (Fixtures/fuzz/).
@Suite("Fuzz findings: documents")
struct FuzzDocumentFindingsTests {
    /// A budget table whose header names one role twice (`Running Costs` … `TrRunning`) on a
    /// row whose cells cannot be aligned: the roles were made a dictionary that traps on a
    /// duplicate key.
    @Test func aHeaderNamingARoleTwice() throws {
        let url = Fixtures.root.appendingPathComponent("fuzz/document-role-twice.txt")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let imported = importDocument(name: "fuzz.txt", text: text)
        #expect(!imported.tables.isEmpty)
        _ = buildPlanDataset(documents: [(name: "fuzz.txt", text: text)])
    }

    /// Found by the document fuzzer: a budget row is placed under its header's roles by trying
    /// every order-preserving choice of columns, C(m, n) of them; a fuzzed header of dozens of
    /// columns made that seconds per row (a 3 KB input took 7 s). The search now stops after a
    /// bounded number of steps and leaves the row unsolved.
    @Test func aBudgetRowUnderAHeaderOfDozensOfColumns() throws {
        // C(40, 20) ≈ 1.4e11 choices: without the bound this never ends
        let roles = Array(repeating: [BudgetRole.employee, .running, .contracts, .transfer], count: 10).flatMap { $0 }
        #expect(solveBudgetRow(Array(repeating: "1.0", count: 20), roles: roles, fill: [:], aligned: 1) == nil)
        // a printed header is still solved: employee + running = gross, gross - income = controllable
        let printed: [BudgetRole] = [.employee, .running, .contracts, .transfer, .gross, .externalIncome, .internalIncome, .controllable]
        let solved = solveBudgetRow(["10.0", "5.0", "15.0", "3.0", "12.0"], roles: printed, fill: [:], aligned: 1)
        #expect(solved?[.gross] == "15.0" && solved?[.controllable] == "12.0")
        let url = Fixtures.root.appendingPathComponent("fuzz/document-budget-search.txt")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(importSeconds(text) < 5)
    }

    /// Found by the long `document` run: the row bound above held, but a 4 KB budget table of dozens
    /// of columns tried each row again once per duplicated cell dropped, so the bounded searches
    /// added up to over 10 s in the fuzz build. The search steps are now bounded per table.
    @Test func aBudgetTableOfManyShiftedRowsUnderAWideHeader() throws {
        let url = Fixtures.root.appendingPathComponent("fuzz/document-budget-table-search.txt")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(importSeconds(text) < 3)
        // a table's steps are shared: once spent, the next row's search gives up at once
        let search = BudgetSearch(steps: 10)
        let roles = Array(repeating: [BudgetRole.employee, .running, .contracts, .transfer], count: 10).flatMap { $0 }
        #expect(solveBudgetRow(Array(repeating: "1.0", count: 20), roles: roles, fill: [:], aligned: 1, search: search) == nil)
        #expect(search.stepsLeft == 0)
        let printed: [BudgetRole] = [.employee, .running, .contracts, .transfer, .gross, .externalIncome, .internalIncome, .controllable]
        #expect(solveBudgetRow(["10.0", "5.0", "15.0", "3.0", "12.0"], roles: printed, fill: [:], aligned: 1, search: search) == nil)
        #expect(solveBudgetRow(["10.0", "5.0", "15.0", "3.0", "12.0"], roles: printed, fill: [:], aligned: 1)?[.gross] == "15.0")
    }

    /// Imports `text` and builds the dataset from it, returning the seconds taken.
    /// The time is this thread's CPU time, not the wall clock: on a machine busy with other work (CI
    /// beside a fuzzer, the suite's own parallel tests) the wall clock measures the machine, not the
    /// import, and a bound on it fails at random.
    func importSeconds(_ text: String) -> Double {
        func threadCPU() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = threadCPU()
        let imported = importDocument(name: "hostile.txt", text: text)
        _ = buildPlanDataset(imported: [(imported, text)])
        return threadCPU() - start
    }

    /// Found in review: the check that a table's totals add up walked from every total row to the top
    /// of the table and parsed every column again for each (3,000 totals that never add up took
    /// 278 s in a debug build). Now each column is read once and each walk stops within
    /// `maxRowsUnderATotal` rows; the table is still flagged.
    @Test func aTableOfTotalsThatNeverAddUp() {
        var rows = ["Service\tBudget\tForecast"]
        for i in 0..<3_000 { rows += ["Line \(i)\t\(i + 1)\t\(i + 2)", "Total \(i)\t\(99_999 + 1_000 * i)\t\(88_888 + 1_000 * i)"] }
        let text = rows.joined(separator: "\n") + "\n"
        #expect(importSeconds(text) < 10)
        #expect(importDocument(name: "totals.txt", text: text).tables.first?.doubts.contains(.totalDoesNotAdd) == true)
    }

    /// Found while profiling the document target: a line of `<` with no `>` searched to the
    /// end of the line from every `<` (quadratic; 16,000 of them took 19 s in the fuzzer).
    @Test func aLineOfUnclosedAngleBrackets() {
        let brackets = String(repeating: "<", count: 20_000)
        #expect(cleanCell(Substring(brackets)).text == brackets)
        #expect(cleanCell("<b>Total</b> <i>to be set</i> <unknown> <p>x").text == "Total to be set <unknown> x")
        #expect(cleanCell(Substring(String(repeating: "<", count: 300) + "b>x")).text == String(repeating: "<", count: 300) + "b>x")
        #expect(cleanCell("a>b <i>c</i>").text == "a>b c")
        // a tag closes within 200 characters of its `<`, counted after an entity too
        let spaces = { (n: Int) in String(repeating: " ", count: n) }
        #expect(cleanCell(Substring("<b" + spaces(197) + ">x")).text == "x")
        #expect(cleanCell(Substring("<b" + spaces(198) + ">x")).text == "<b >x")
        #expect(cleanCell(Substring("&amp;<b" + spaces(197) + ">x")).text == "&x")
        #expect(cleanCell(Substring("&amp;<b" + spaces(198) + ">x")).text == "&<b >x")
        #expect(importSeconds(brackets) < 2)
        #expect(importSeconds("Budget\t" + brackets + "\t1\nTotal\t2\t3\n") < 2)
    }

    /// Found while profiling the document target: every plan-title line walked back over all
    /// the title lines above it to find its title block (quadratic; 190 lines took 6 s, so
    /// 1,000 would take minutes). Now each walks at most `titleBlockReach` lines: a few
    /// seconds at most for 1,000 in a debug build on a busy machine.
    @Test func aPageOfPlanTitles() {
        #expect(importSeconds(String(repeating: "Annual Business Plan\n", count: 1_000)) < 10)
        #expect(importSeconds(String(repeating: "***\n", count: 1_000) + String(repeating: "Operational Plan\n", count: 500)) < 10)
    }
}
