import Foundation
import Testing
@testable import PlanQuery

/// The bundled dataset built from the three seed documents (built once per test run).
/// `PLANQ_BLESS=1` writes `examples/data/<table>.csv`
/// and `examples/data/import-report.txt`, as `planq import --dataset` does.
enum SeedDataset {
    static let seedNames = ["000_873c78bfdc570b90.txt", "001_23223e66fe6ffd0f.txt", "002_1da1de6d14f02edd.txt"]

    static func seeds() throws -> [(name: String, text: String)] {
        let dir = DocumentFixtures.seedsDirectory()
        return try seedNames.map { n in (n, try String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8)) }
    }

    /// The dataset and import report; nil only when a seed document cannot be read, which
    /// fails the test that asks for it (the documents are kept in `examples/documents`).
    static let built: (grids: [String: NamedGrid], names: [String], report: String)? = {
        guard let docs = try? seeds() else { return nil }
        let (grids, report) = buildPlanDataset(documents: docs)
        return (Dictionary(uniqueKeysWithValues: grids.map { ($0.name, $0) }), grids.map(\.name), report)
    }()

    static var blessing: Bool { Bless.isOn }
}

extension NamedGrid {
    /// The rows as column → value dictionaries (test convenience).
    var records: [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
    }
}

@Suite("Plan dataset")
struct DocumentsDatasetTests {
    @Test func buildFromSeeds() throws {
        let built = try #require(SeedDataset.built, "the seed documents in examples/documents did not load")
        let byName = built.grids
        #expect(built.names == ["plans", "kpis", "budgets", "projects", "staffing", "targets", "consultations", "monitoring",
                                "comparators", "activity", "risks", "actions", "commitments", "claims", "tables"])
        #expect(built.report.contains("dataset: plans 51"))
        for g in byName.values {
            #expect(g.columns.contains("source") && g.columns.contains("line"), "\(g.name) lacks provenance")
            let li = g.columns.firstIndex(of: "line")!, si = g.columns.firstIndex(of: "source")!
            #expect(g.rows.allSatisfy { Int($0[li]) != nil && !$0[si].isEmpty }, "\(g.name) rows without provenance")
            #expect(g.rows.allSatisfy { $0.count == g.columns.count })
            #expect(!g.rows.isEmpty, "\(g.name) is empty")
            #expect(g.columns.contains("section") || g.name == "plans", "\(g.name) has no section column")
            // every row of a unit table has its unit, or at least its directorate (rows in a
            // directorate's introduction)
            if let ui = g.columns.firstIndex(of: "unit"), let di = g.columns.firstIndex(of: "directorate"),
               !["monitoring", "tables"].contains(g.name) {
                #expect(g.rows.allSatisfy { !$0[ui].isEmpty || !$0[di].isEmpty }, "\(g.name) rows without a unit")
            }
        }
        // one income sign convention: Libraries & Archives prints income positive, stored negative
        let budgets = try #require(byName["budgets"]).records
        let service = budgets.first { $0["unit"] == "Libraries & Archives" && $0["line_item"] == "Service Management" && $0["year"] == "2008/09" }
        #expect(service?["external_income"] == "-224.2")
        #expect(service?["internal_income"] == "-106.8")
        #expect(service?["controllable"] == "1344.5")
        // F001:6090 Statemented Pupil Support (CFE)
        let sps = budgets.first { $0["line_item"] == "Statemented Pupil Support" && $0["year"] == "2008/09" }
        #expect(sps?["gross"] == "4922.9")
        #expect(sps?["external_income"] == "-2415.9")
        #expect(sps?["cabinet_member"] == "MD")
        // KPI percentages are fractions, years canonical
        let kpis = try #require(byName["kpis"]).records
        let bv8 = kpis.first { ($0["indicator"] ?? "").hasPrefix("BVPI8 Payment of Invoices") && $0["measure"] == "actual" }
        #expect(bv8?["value"] == "0.9394")
        #expect(bv8?["period"] == "2006/07")
        #expect(bv8?["code"] == "BVPI 8")

        // docs/data-dictionary.md states each table's row count
        let dictionary = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/data-dictionary.md"), encoding: .utf8)
        for g in byName.values {
            let count = g.rows.count.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_GB")))
            #expect(dictionary.contains("| `\(g.name)` | \(count) |"), "docs/data-dictionary.md: \(g.name) has \(count) rows")
        }

        // The committed bundled data is exactly what the importer produces from the seeds.
        let dir = Fixtures.packageRoot.appendingPathComponent("examples/data")
        if SeedDataset.blessing {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for g in byName.values {
                try CSVWriter.csv(g).write(to: dir.appendingPathComponent(g.name + ".csv"), atomically: true, encoding: .utf8)
            }
            try (built.report + "\n").write(to: dir.appendingPathComponent("import-report.txt"), atomically: true, encoding: .utf8)
            return
        }
        for g in byName.values {
            let committed = try? String(contentsOf: dir.appendingPathComponent("\(g.name).csv"), encoding: .utf8)
            #expect(committed == CSVWriter.csv(g),
                    "examples/data/\(g.name).csv is stale: run PLANQ_BLESS=1 swift test --filter buildFromSeeds")
        }
        let report = try? String(contentsOf: dir.appendingPathComponent("import-report.txt"), encoding: .utf8)
        #expect(report == built.report + "\n", "examples/data/import-report.txt is stale")
    }
}
