import Foundation
import Testing
@testable import PlanQuery

/// The bundled dataset built from the three seed documents. `PLANQ_BLESS=1` also writes
/// `examples/data/<table>.csv` (as `planq import --dataset` does).
@Suite("Plan dataset")
struct DocumentsDatasetTests {
    static let seedNames = ["000_873c78bfdc570b90.txt", "001_23223e66fe6ffd0f.txt", "002_1da1de6d14f02edd.txt"]

    static func seeds() throws -> [(name: String, text: String)]? {
        let dir = DocumentFixtures.seedsDirectory()
        var docs: [(name: String, text: String)] = []
        for n in seedNames {
            let url = dir.appendingPathComponent(n)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            docs.append((n, try String(contentsOf: url, encoding: .utf8)))
        }
        return docs
    }

    @Test func buildFromSeeds() throws {
        guard let docs = try Self.seeds() else { return }
        let (grids, report) = buildPlanDataset(documents: docs)
        let byName = Dictionary(uniqueKeysWithValues: grids.map { ($0.name, $0) })
        #expect(grids.map(\.name) == ["plans", "kpis", "budgets", "projects", "staffing", "targets", "consultations", "monitoring"])
        #expect(report.contains("dataset: plans 51"))
        for g in grids {
            #expect(g.columns.contains("source") && g.columns.contains("line"), "\(g.name) lacks provenance")
            let li = g.columns.firstIndex(of: "line")!, si = g.columns.firstIndex(of: "source")!
            #expect(g.rows.allSatisfy { Int($0[li]) != nil && !$0[si].isEmpty }, "\(g.name) rows without provenance")
            #expect(g.rows.allSatisfy { $0.count == g.columns.count })
            #expect(!g.rows.isEmpty, "\(g.name) is empty")
            if let ui = g.columns.firstIndex(of: "unit"), g.name != "monitoring" {
                #expect(g.rows.allSatisfy { !$0[ui].isEmpty }, "\(g.name) rows without a unit")
            }
        }
        // one income sign convention: Libraries & Archives prints income positive, stored negative
        let budgets = try #require(byName["budgets"])
        let col = { (name: String) in budgets.columns.firstIndex(of: name)! }
        let service = budgets.rows.first { $0[col("unit")] == "Libraries & Archives" && $0[col("line_item")] == "Service Management" && $0[col("year")] == "2008/09" }
        #expect(service?[col("external_income")] == "-224.2")
        #expect(service?[col("internal_income")] == "-106.8")
        #expect(service?[col("controllable")] == "1344.5")
        // F001:6090 Statemented Pupil Support (CFE)
        let sps = budgets.rows.first { $0[col("line_item")] == "Statemented Pupil Support" && $0[col("year")] == "2008/09" }
        #expect(sps?[col("gross")] == "4922.9")
        #expect(sps?[col("external_income")] == "-2415.9")
        #expect(sps?[col("cabinet_member")] == "MD")
        // KPI percentages are fractions, years canonical
        let kpis = try #require(byName["kpis"])
        let k = { (name: String) in kpis.columns.firstIndex(of: name)! }
        let bv8 = kpis.rows.first { $0[k("indicator")].hasPrefix("BVPI8 Payment of Invoices") && $0[k("measure")] == "actual" }
        #expect(bv8?[k("value")] == "0.9394")
        #expect(bv8?[k("period")] == "2006/07")
        #expect(bv8?[k("code")] == "BVPI 8")

        // The committed bundled data is exactly what the importer produces from the seeds.
        if !Bless.isOn {
            for g in grids {
                let committed = try? String(contentsOf: Fixtures.packageRoot.appendingPathComponent("examples/data/\(g.name).csv"), encoding: .utf8)
                #expect(committed == CSVWriter.csv(g),
                        "examples/data/\(g.name).csv is stale: run planq import --dataset ../shared/seeds/*.txt --out examples/data")
            }
        }

        if Bless.isOn {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            let dir = root.appendingPathComponent("examples/data")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for g in grids {
                try CSVWriter.csv(g).write(to: dir.appendingPathComponent(g.name + ".csv"), atomically: true, encoding: .utf8)
            }
            try (report + "\n").write(to: dir.appendingPathComponent("import-report.txt"), atomically: true, encoding: .utf8)
        }
    }
}
