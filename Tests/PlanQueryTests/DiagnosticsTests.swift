import Foundation
import Testing
@testable import PlanQuery

/// Findings go to one diagnostics log as they happen, de-duplicated per statement: no
/// transform can drop a loader's warning, and no per-group step can repeat it.
@Suite("Diagnostics log")
struct DiagnosticsTests {
    func warnings(_ pipeline: String) throws -> [String] {
        let engine = Engine(files: LocalFileSystem())
        var seen: [String] = []
        engine.onWarning = { seen.append($0.message) }
        _ = try engine.query("from \"\(dataFixture("mostly_numbers.csv"))\" " + pipeline)
        return seen
    }

    @Test(arguments: ["| take 1", "| unpivot amount into k, v", "| pivot amount using count()",
                      "| group amount (take 1)", "| total by unit", "| total", "| describe"])
    func aLoaderWarningArrivesOnce(_ pipeline: String) throws {
        let w = try warnings(pipeline)
        #expect(w.filter { $0.contains("column `amount`") }.count == 1, "\(pipeline): \(w)")
    }

    @Test func joinFanOutInEveryGroupWarnsOnce() throws {
        let engine = Engine()
        engine.register(Table(names: ["g", "k"], rows: (0..<20).map { [.int($0), .int(1)] }), as: "left")
        engine.register(Table(names: ["k", "v"], rows: [[.int(1), .int(1)], [.int(1), .int(2)]]), as: "right")
        var seen: [String] = []
        engine.onWarning = { seen.append($0.message) }
        _ = try engine.query("from left | group g (join right on k)")
        #expect(seen.count == 1)
        #expect(seen.first?.hasPrefix("join multiplied rows") == true)
    }

    @Test func eachStatementReportsItsOwnFindings() throws {
        let engine = Engine()
        engine.register(Table(names: ["k"], rows: [[.int(1)]]), as: "a")
        engine.register(Table(names: ["k"], rows: [[.int(1)], [.int(1)]]), as: "b")
        var seen: [String] = []
        engine.onWarning = { seen.append($0.message) }
        _ = try engine.run("from a | join b on k\nfrom a | join b on k")
        #expect(seen.count == 2)
    }
}

/// A large file's schema comes from a sample; when the whole file types differently, the
/// statement is bound again with the loaded types and the answer is exact.
@Suite("Schema from a sample")
struct SampledSchemaTests {
    @Test func aLoadThatContradictsTheSampleRebindsTheStatement() throws {
        let path = testScratch.appendingPathComponent("planq-sample-\(UUID().uuidString).csv").path
        var csv = "unit,amount,note\n"
        for i in 0..<300_000 { csv += "u\(i % 5),\(i % 100),\n" }
        csv += "u9,0.25,late\n"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let engine = Engine(files: LocalFileSystem())
        // Bound from the first megabyte: whole numbers, and a note column with nothing in it.
        let sampled = try engine.plan("from \"\(path)\"")
        #expect(sampled.schema.map(\.type) == [.text, .int, .null])
        let t = try engine.query("from \"\(path)\" | summarize total = sum(amount), notes = count(note)")
        #expect(t.columns[0][0] == .decimal(ExactDecimal(units: 1_485_000_025, scale: 2)))
        #expect(t.columns[1][0] == .int(1))
        // Now the schema is the loaded one.
        #expect(try engine.plan("from \"\(path)\"").schema.map(\.type) == [.text, .decimal, .text])
    }
}
