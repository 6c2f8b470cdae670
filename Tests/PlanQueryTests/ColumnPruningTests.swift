import Foundation
import Testing
@testable import PlanQuery

/// Reading only the columns a statement names: the syntax-level analysis, the loader option,
/// and the engine using it without changing any answer.
@Suite("Column pruning")
struct ColumnPruningTests {
    func names(_ text: String, functions: [String: UserFunction] = [:]) -> Set<String>? {
        let (program, _) = Parser.parse(SourceFile(name: "t", text: text))
        guard case .query(let p) = program.statements.last?.kind else { return nil }
        return ReferencedNames.columns(of: p, functions: functions)
    }

    @Test func namesOfASummary() {
        #expect(names("from t | where year == FY2008/09 | summarize s = sum(gross) by unit") == ["year", "gross", "unit"])
        #expect(names("from t | join c on council | summarize n = count() by region") == ["council", "region"])
    }

    @Test func passThroughNeedsEveryColumn() {
        #expect(names("from t | where gross > 1") == nil)
        #expect(names("from t | sort -gross | take 5") == nil)
        #expect(names("from t | summarize n = count() by unit | join c on unit") == nil)
        #expect(names("from t | select unit | append u") == nil)
    }

    @Test func functionBodiesCount() {
        let (program, _) = Parser.parse(SourceFile(name: "t", text: "fn net(x) = x + income"))
        guard case .function(let n, let ps, let body) = program.statements[0].kind else { return }
        let fns = [n: UserFunction(name: n, parameters: ps, body: body, span: nil)]
        #expect(names("from t | summarize s = sum(net(gross))", functions: fns)?.contains("income") == true)
    }

    @Test func loaderTypesOnlyTheWantedColumns() throws {
        var options = LoadOptions()
        options.onlyColumns = ["b"]
        let (t, _) = try TabularLoader.load(bytes: Array("a,b,c\n1,2.5,x\n3,4.5,y\n".utf8), name: "t.csv", options: options)
        #expect(t.columnNames == ["a", "b", "c"])
        #expect(t.columns[1][0] == .decimal(ExactDecimal(units: 25, scale: 1)))
        #expect(t.columns[0].type == .null && t.columns[2].type == .null)
    }

    @Test func engineAsksForTheColumnsAndGetsTheSameAnswers() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("prune-\(UUID().uuidString).csv").path
        var csv = "unit,year,gross,note\n"
        for i in 0..<300 { csv += "u\(i % 7),\(2005 + i % 4)/\(String(format: "%02d", (6 + i % 4) % 100)),\(i).5,n\(i)\n" }
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let queries = [
            "from \"\(path)\" | summarize s = sum(gross), n = count() by unit | sort unit",
            "from \"\(path)\" | where year == FY2006/07 | summarize s = sum(gross) by unit | sort -s",
            "from \"\(path)\" | group unit (sort -gross | take 1) | select unit, gross | sort unit",
        ]
        let whole = Engine()
        whole.env.partialFileLoader = nil
        let pruned = Engine()
        let asked = AskedColumns()
        pruned.env.partialFileLoader = { p, columns in
            asked.add(columns)
            var o = LoadOptions()
            o.onlyColumns = columns
            return try TabularLoader.load(path: p, options: o).0
        }
        for q in queries {
            let a = try whole.query(q), b = try pruned.query(q)
            #expect(Rendering.render(a, as: .csv) == Rendering.render(b, as: .csv), "\(q)")
        }
        #expect(asked.all.allSatisfy { !$0.contains("note") })
        #expect(!asked.all.isEmpty)
    }
}

final class AskedColumns: @unchecked Sendable {
    var all: [Set<String>] = []
    func add(_ s: Set<String>) { all.append(s) }
}
