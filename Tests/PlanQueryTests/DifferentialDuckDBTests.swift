import Foundation
import PlanQuery
import QueryPairs
import Testing

/// planq against DuckDB on generated tables and queries (Tests/QueryPairs): every pair must
/// give the same rows, or both must refuse. The semantic differences planq has on purpose
/// (null-safe `==` and `in`, `/` by zero, whole months in date_diff, percent_rank over
/// non-null values) are spelled out in the generated SQL; docs/reliability.md lists them.
/// `PLANQ_DIFF_SEED` and `PLANQ_DIFF_PAIRS` explore other queries; a disagreement's seed,
/// batch and query pair are in the failure, so it replays exactly.
@Suite("differential: planq against DuckDB")
struct DifferentialDuckDBTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = UInt64(environment["PLANQ_DIFF_SEED"] ?? "") ?? 18
    static let pairs = Int(environment["PLANQ_DIFF_PAIRS"] ?? "") ?? 2_400

    static var duckdbAvailable: Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import duckdb"]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    @Test("generated query pairs agree")
    func generatedPairsAgree() throws {
        guard Self.duckdbAvailable else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("the Python duckdb module is not installed (scripts/test-deps/duckdb.sh)")
            }
            return
        }
        let perBatch = 100
        let batches = QueryPairBatch.generate(seed: Self.seed, batches: (Self.pairs + perBatch - 1) / perBatch, pairsPerBatch: perBatch)
        let sql = try DuckDBRunner.run(batches)
        var agreed = 0, bothRefused = 0, disagreements: [String] = []
        var ordered = 0, nonEmpty = 0, cells = 0
        var k = 0
        for (b, batch) in batches.enumerated() {
            let engine = Engine()
            for t in batch.world.tables { engine.register(t.table, as: t.name) }
            for pair in batch.pairs {
                defer { k += 1 }
                let other = sql[k]
                var planqRows: [[Cell]]? = nil, planqColumns = 0, planqError: String? = nil
                do {
                    let table = try engine.query(pair.planq)
                    planqRows = ResultComparison.rows(table)
                    planqColumns = table.schema.count
                } catch let e as PlanQueryError {
                    planqError = e.diagnostics.first?.message ?? "\(e)"
                }
                let problem: String?
                switch (planqRows, other) {
                case (let rows?, .rows(let columns, let otherRows)):
                    problem = ResultComparison.difference(rows, otherRows, columns: planqColumns, otherColumns: columns, ordered: pair.ordered)
                case (nil, .error):
                    bothRefused += 1
                    problem = nil
                case (nil, .rows):
                    problem = "planq refused: \(planqError ?? "")"
                case (_, .error(let message)):
                    problem = "DuckDB refused: \(message)"
                }
                if let problem {
                    disagreements.append("batch \(b + 1) (seed \(Self.seed)): \(problem)\n  planq: \(pair.planq)\n  SQL: \(pair.sql)")
                } else if let rows = planqRows {
                    agreed += 1
                    if pair.ordered { ordered += 1 }
                    if !rows.isEmpty { nonEmpty += 1 }
                    cells += rows.count * planqColumns
                }
            }
        }
        print("differential DuckDB (seed \(Self.seed)): \(k) pairs, \(agreed) agree (\(ordered) compared in order, \(nonEmpty) with rows, \(cells) cells), \(bothRefused) refused by both, \(disagreements.count) disagree")
        for d in disagreements.prefix(Int(Self.environment["PLANQ_DIFF_SHOW"] ?? "") ?? 15) { print(d) }
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(k) query pairs disagree")
        #expect(agreed >= 2_000, "only \(agreed) pairs ran on both sides")
    }
}

/// Runs every batch's SQL through one Python process with DuckDB.
enum DuckDBRunner {
    enum Result {
        case rows(columns: Int, [[Cell]])
        case error(String)
    }

    static let script = Fixtures.packageRoot.appendingPathComponent("Tests/QueryPairs/run_duckdb.py")

    static func run(_ batches: [QueryPairBatch]) throws -> [Result] {
        let dir = testScratch.appendingPathComponent("planq-differential-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.json"), output = dir.appendingPathComponent("out.jsonl")
        let job: [String: Any] = ["batches": batches.map { b in
            ["setup": b.world.tables.flatMap(\.sql), "queries": b.pairs.map(\.sql)]
        }]
        try JSONSerialization.data(withJSONObject: job).write(to: input)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script.path, input.path, output.path]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw RunnerFailure(status: p.terminationStatus) }
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        return try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            if let message = object["error"] as? String { return .error(message) }
            let rows = (object["rows"] as? [[Any]] ?? []).map { $0.map { Cell(json: $0) } }
            return .rows(columns: object["columns"] as? Int ?? 0, rows)
        }
    }

    struct RunnerFailure: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "run_duckdb.py exited with status \(status)" }
    }
}
