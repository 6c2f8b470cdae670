import Foundation
import Synchronization
import Testing
@testable import PlanQuery

/// Column pruning is a pass over the typed plan: each scan reads only the columns the rest of
/// the plan uses. Binding itself reads no rows (the tables here refuse to load).
@Suite("Column pruning")
struct ColumnPruningTests {
    /// An engine whose table `t` has a schema and no rows: loading it is a test failure.
    func schemaOnlyEngine() -> Engine {
        let engine = Engine()
        let schema = [ColumnInfo(name: "unit", type: .text), ColumnInfo(name: "year", type: .fiscalYear),
                      ColumnInfo(name: "gross", type: .decimal), ColumnInfo(name: "note", type: .text),
                      ColumnInfo(name: "income", type: .decimal)]
        engine.catalog.register(DeferredTableSource(schema: schema) { _ in
            Issue.record("binding loaded the table")
            throw Diagnostic(kind: .io, "no rows here", at: nil)
        }, as: "t")
        engine.catalog.register(DeferredTableSource(schema: [ColumnInfo(name: "unit", type: .text), ColumnInfo(name: "region", type: .text)]) { _ in
            Issue.record("binding loaded the table")
            throw Diagnostic(kind: .io, "no rows here", at: nil)
        }, as: "c")
        return engine
    }

    /// The column sets the plan's scans read, in plan order (nil: every column).
    func scanned(_ text: String, _ engine: Engine? = nil) throws -> [Set<String>?] {
        var out: [Set<String>?] = []
        func walk(_ p: QueryPlan) {
            if case .scan(_, let columns) = p.node { out.append(columns) }
            _ = p.mapInputs { walk($0); return $0 }
        }
        walk(try (engine ?? schemaOnlyEngine()).plan(text))
        return out
    }

    @Test func aSummaryReadsWhatItNames() throws {
        #expect(try scanned("from t | where year == FY2008/09 | summarize s = sum(gross) by unit") == [["year", "gross", "unit"]])
        #expect(try scanned("from t | join c on unit | summarize n = count() by region") == [["unit"], nil])
        #expect(try scanned("from t | join c on unit | summarize s = sum(gross) by unit") == [["unit", "gross"], ["unit"]])
        #expect(try scanned("from t | summarize n = count()") == [[]])
    }

    @Test func passingRowsThroughNeedsEveryColumn() throws {
        #expect(try scanned("from t | where gross > 1") == [nil])
        #expect(try scanned("from t | sort -gross | take 5") == [nil])
        // `append` matches columns by name: c's `region` is part of the result.
        #expect(try scanned("from t | select unit | append c") == [["unit"], nil])
    }

    @Test func functionBodiesAndGroupBodiesCount() throws {
        #expect(try scanned("fn net(x) = x + income\nfrom t | summarize s = sum(net(gross))") == [["gross", "income"]])
        #expect(try scanned("from t | group unit (sort -gross | take 1) | select unit, gross") == [["unit", "gross"]])
        #expect(try scanned("from t | group unit (sort -gross | take 1) | select unit") == [["unit", "gross"]])
        #expect(try scanned("from t | group unit (sort -gross | take 1)") == [nil])
    }

    @Test func sortThenTakeBecomesTopN() throws {
        let plan = try schemaOnlyEngine().plan("from t | sort -gross | take 3")
        guard case .topN(_, let keys, let n) = plan.node else { Issue.record("expected topN, got \(plan.node)"); return }
        #expect(n == 3 && keys.count == 1 && keys[0].descending)
    }

    @Test func loaderTypesOnlyTheWantedColumns() throws {
        var options = LoadOptions()
        options.onlyColumns = ["b"]
        let (t, _) = try TabularLoader.load(bytes: Array("a,b,c\n1,2.5,x\n3,4.5,y\n".utf8), name: "t.csv", options: options)
        #expect(t.columnNames == ["a", "b", "c"])
        #expect(t.columns[1][0] == .decimal(ExactDecimal(units: 25, scale: 1)))
        #expect(t.columns[0].type == .null && t.columns[2].type == .null)
    }

    @Test func prunedLoadsGiveTheSameAnswers() throws {
        var csv = "unit,year,gross,note\n"
        for i in 0..<300 { csv += "u\(i % 7),\(2005 + i % 4)/\(String(format: "%02d", (6 + i % 4) % 100)),\(i).5,n\(i)\n" }
        let bytes = Array(csv.utf8)
        let (whole, _) = try TabularLoader.load(bytes: bytes, name: "t.csv")
        let asked = Mutex<[Set<String>?]>([])
        let pruned = Engine()
        pruned.catalog.register(DeferredTableSource(schema: whole.schema) { context in
            asked.withLock { $0.append(context.columns) }
            var o = LoadOptions()
            o.onlyColumns = context.columns
            return try TabularLoader.load(bytes: bytes, name: "t.csv", options: o).0
        }, as: "t")
        let reference = Engine()
        reference.register(whole, as: "t")
        let queries = [
            "from t | summarize s = sum(gross), n = count() by unit | sort unit",
            "from t | where year == FY2006/07 | summarize s = sum(gross) by unit | sort -s",
            "from t | group unit (sort -gross | take 1) | select unit, gross | sort unit",
        ]
        for q in queries {
            let a = try reference.query(q), b = try pruned.query(q)
            #expect(Rendering.render(a, as: .csv) == Rendering.render(b, as: .csv), "\(q)")
        }
        let sets = asked.withLock { $0 }
        #expect(!sets.isEmpty)
        #expect(sets.allSatisfy { $0.map { !$0.contains("note") } ?? false })
    }
}
