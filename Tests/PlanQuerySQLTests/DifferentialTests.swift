import Foundation
import PlanQuery
import PlanQueryEngines
import PlanQuerySQL
import Testing

/// One block of `Fixtures/differential.planq` or one golden script.
struct DifferentialCase: Sendable {
    var name: String
    var text: String
    var refusedOn: Set<SQLDialect>
    /// Golden scripts: refusals are expected wherever they happen (describe, files), and only
    /// the statements a dialect runs are compared.
    var anyRefusal: Bool
    /// The script's path (relative file names in it are read beside it).
    var path: String = "<test>"
}

func differentialCases() throws -> [DifferentialCase] {
    let text = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("differential.planq"), encoding: .utf8)
    var cases: [DifferentialCase] = []
    for (i, block) in text.components(separatedBy: "\n\n").enumerated() {
        var lines: [String] = []
        var refused = Set<SQLDialect>()
        for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("# refused:") {
                for d in line.dropFirst("# refused:".count).split(separator: ",") {
                    if let dialect = SQLDialect(rawValue: d.trimmingCharacters(in: .whitespaces)) { refused.insert(dialect) }
                }
            } else if !line.hasPrefix("#") {
                lines.append(String(line))
            }
        }
        if lines.isEmpty { continue }
        cases.append(DifferentialCase(name: "differential block \(i + 1): \(lines.last!)", text: lines.joined(separator: "\n"), refusedOn: refused, anyRefusal: false))
    }
    // The golden scripts that run (the error scripts are about local messages).
    let golden = TestPaths.root.appendingPathComponent("Tests/PlanQueryTests/Fixtures/golden")
    for f in try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted() where f.hasSuffix(".planq") && !f.hasPrefix("error-") {
        let script = try String(contentsOf: golden.appendingPathComponent(f), encoding: .utf8)
        cases.append(DifferentialCase(name: "golden \(f)", text: script, refusedOn: [], anyRefusal: true,
                                      path: golden.appendingPathComponent(f).path))
    }
    return cases
}

/// Runs every case locally and on one engine; returns (equal, refused) statement counts.
func runDifferential(_ dialect: SQLDialect, _ client: SQLEngineClient) throws -> (equal: Int, refused: Int) {
    let backend = SQLBackend(client: client)
    _ = try backend.push(try goldenTables())
    var equal = 0, refused = 0
    for c in try differentialCases() {
        let (local, localError) = outputs(localEngine(), c.text, name: c.path)
        if let localError, !c.anyRefusal {
            Issue.record("\(c.name) fails locally: \(localError)")
            continue
        }
        let engine = Engine(files: .unrestricted)
        try backend.attach(to: engine)
        let remote = engine.planRunner!
        var refusals: [Int: String] = [:]
        var statement = 0
        engine.planRunner = { plan, context in
            if context.purpose == .query { statement += 1 }
            do { return try remote(plan, context) } catch where SQLLowering.isRefusal(error) {
                refusals[statement] = "\(error)"
                // Keep the script going; this statement's answer is not compared.
                return Table(schema: plan.schema, columns: plan.schema.map { _ in .allNull(count: 0) }, rowCount: 0)
            }
        }
        let (answers, remoteError) = outputs(engine, c.text, name: c.path)
        if let remoteError, localError == nil {
            Issue.record("\(c.name) fails on \(dialect.displayName): \(remoteError)")
            continue
        }
        if localError != nil, remoteError == nil, refusals.isEmpty {
            Issue.record("\(c.name) fails locally (\(localError!)) but not on \(dialect.displayName)")
        }
        let expectRefusal = c.refusedOn.contains(dialect)
        if !c.anyRefusal {
            if expectRefusal && refusals.isEmpty { Issue.record("\(c.name) was expected to be refused on \(dialect.displayName) but ran") }
            if !expectRefusal, let r = refusals.values.first { Issue.record("\(c.name) was refused on \(dialect.displayName): \(r)") }
        }
        guard answers.count == local.count || (localError != nil && answers.count > local.count) else {
            Issue.record("\(c.name): \(local.count) tables locally, \(answers.count) on \(dialect.displayName)")
            continue
        }
        for (k, (a, b)) in zip(local, answers).enumerated() {
            if refusals[k + 1] != nil || (expectRefusal && !c.anyRefusal) { refused += 1; continue }
            if let d = difference(a, b) { Issue.record("\(c.name), table \(k + 1), on \(dialect.displayName): \(d)") } else { equal += 1 }
        }
    }
    print("differential \(dialect.rawValue): \(equal) answers equal cell for cell, \(refused) refused")
    #expect(equal >= 60, "fewer than 60 queries compared on \(dialect.displayName)")
    return (equal, refused)
}

@Suite("differential: local engine against SQL engines", .serialized)
struct DifferentialTests {
    @Test("SQLite (sqlite3 CLI)")
    func sqlite() throws {
        guard toolExists("sqlite3") else {
            if TestPaths.isCI { Issue.record("sqlite3 is not installed (scripts/test-deps/sqlite3.sh)") }
            return
        }
        let db = NSTemporaryDirectory() + "planq-diff-\(getpid()).sqlite"
        defer { try? FileManager.default.removeItem(atPath: db) }
        let client = EngineClients.make(.sqlite, EngineConnection(database: db))
        _ = try runDifferential(.sqlite, client)
        try runExampleReports(.sqlite, client)
    }

    @Test("DuckDB (duckdb CLI)")
    func duckdb() throws {
        guard toolExists("duckdb") else {
            if TestPaths.isCI { Issue.record("duckdb is not installed (scripts/test-deps/duckdb.sh)") }
            return
        }
        let db = NSTemporaryDirectory() + "planq-diff-\(getpid()).duckdb"
        defer { try? FileManager.default.removeItem(atPath: db) }
        let client = EngineClients.make(.duckdb, EngineConnection(database: db))
        _ = try runDifferential(.duckdb, client)
        try runExampleReports(.duckdb, client)
    }

    /// Opt-in (Spark takes a while and a JVM): PLANQ_SPARK=1 swift test --filter DifferentialTests/spark
    @Test("Spark SQL (pyspark, local mode)", .enabled(if: ProcessInfo.processInfo.environment["PLANQ_SPARK"] == "1"))
    func spark() throws {
        let warehouse = NSTemporaryDirectory() + "planq-spark-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: warehouse) }
        _ = try runDifferential(.spark, EngineClients.make(.spark, EngineConnection(database: warehouse, sparkMaster: "local[2]")))
    }

    @Test("PostgreSQL (a server started for the test, psql)")
    func postgres() throws {
        guard toolExists("psql"), let server = PostgresServer() else {
            if TestPaths.isCI { Issue.record("PostgreSQL is not installed (scripts/test-deps/postgresql.sh)") }
            return
        }
        try server.start()
        defer { server.stop() }
        let client = EngineClients.make(.postgres, EngineConnection(database: server.url))
        _ = try runDifferential(.postgres, client)
        try runExampleReports(.postgres, client)
    }
}
