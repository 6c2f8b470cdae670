import Foundation
import PlanQuery
import PlanQueryEngines
import PlanQuerySQL
import Testing

/// The SQL generated for a few queries, per dialect: `Fixtures/snapshots/NAME.DIALECT.sql`.
/// `PLANQ_BLESS=1 swift test --filter snapshot` rewrites them; review the diff.
let snapshotQueries: [(String, String)] = [
    ("filter-sort-take", "from kpis | where period == FY2007/08 and measure == \"estimate\" | select directorate, code, value | sort directorate, -value | take 20"),
    ("summarize", "from budgets | summarize now = sum(gross) where year == FY2008/09, n = count() by directorate | derive share = now / 1000"),
    ("group-top", "from budgets | group directorate (sort -gross | take 1) | select directorate, unit, gross"),
    ("join-left", "from kpis | join left units on unit | select unit, code, cabinet_member"),
    ("window", "from budgets | sort unit, year | group unit (derive prev = lag(gross), running = running_sum(gross))"),
    ("pivot", "from budgets | pivot year using sum(gross) by directorate"),
    ("total-by", "from budgets | select directorate, year, gross | total by directorate"),
    ("nulls-in", "from kpis | where code in [\"NI 9\", null] or value == null | derive r = value / 0"),
]

func localSQLTables(_ engine: Engine) -> (String) -> SQLTable? { SQLTable.localTables(of: engine) }

@Test("generated SQL per dialect", arguments: snapshotQueries.map(\.0))
func snapshot(_ name: String) throws {
    let query = snapshotQueries.first { $0.0 == name }!.1
    let engine = localEngine()
    let plan = try engine.plan(query, pivotKeys: .fromData)
    for dialect in SQLDialect.allCases {
        let sql = try SQLLowering(dialect: dialect, table: localSQLTables(engine)).lower(plan).text + ";\n"
        let url = TestPaths.fixtures.appendingPathComponent("snapshots/\(name).\(dialect.rawValue).sql")
        if ProcessInfo.processInfo.environment["PLANQ_BLESS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try sql.write(to: url, atomically: true, encoding: .utf8)
            continue
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing \(url.lastPathComponent)>"
        #expect(sql == expected, "SQL for \(name) on \(dialect.displayName) changed; PLANQ_BLESS=1 swift test --filter snapshot")
    }
}
