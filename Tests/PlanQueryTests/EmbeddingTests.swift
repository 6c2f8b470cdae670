import Testing
import PlanQuery

/// The engine's basic calls as a host makes them (no @testable); docs/embedding.md itself is
/// compiled and run by EmbeddingDocTests.
@Suite("Embedding API")
struct EmbeddingTests {
    func engine() -> Engine {
        let engine = Engine()
        engine.register(Table(names: ["unit", "gross"],
                              rows: [[.text("Libraries"), .decimal(ExactDecimal(units: 16398, scale: 1))],
                                     [.text("Youth"), .decimal(ExactDecimal(units: 89234, scale: 1))]]),
                        as: "budgets")
        return engine
    }

    @Test func queryReturnsATable() throws {
        let table = try engine().query("from budgets | where gross > 2000 | select unit")
        #expect(table.rowCount == 1)
        #expect(table.columnNames == ["unit"])
        #expect(table.columns[0][0] == .text("Youth"))
    }

    @Test func runReturnsEveryOutput() throws {
        let outputs = try engine().run("let big = 2000\nfrom budgets | where gross > big\n1 + 1")
        #expect(outputs.count == 2)
        guard case .table(let t) = outputs[0], case .value(let v, _) = outputs[1] else { Issue.record("wrong outputs"); return }
        #expect(t.rendered(as: .csv) == "unit,gross\nYouth,8923.4\n")
        #expect(v == .int(2))
    }

    @Test func planWithoutRunning() throws {
        let plan = try engine().plan("from budgets | derive pounds = gross * 1000")
        #expect(plan.schema.map { "\($0.name): \($0.type)" } == ["unit: text", "gross: decimal", "pounds: decimal"])
    }

    @Test func errorsAreValuesWithSpans() {
        do {
            _ = try engine().query("from budgets | where gros > 1", name: "cell B2")
            Issue.record("expected an error")
        } catch let error as PlanQueryError {
            let d = error.diagnostics[0]
            #expect(d.kind == .name)
            #expect(d.message == "no column `gros`")
            #expect(d.span?.start == 21 && d.span?.end == 25)
            #expect(d.hints == ["did you mean `gross`?"])
            #expect(d.render().hasPrefix("cell B2:1:22: error: no column `gros`"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aNewEngineReadsNoFiles() {
        let e = engine()
        let error = #expect(throws: PlanQueryError.self) { try e.query("from \"/etc/passwd\"") }
        #expect(error?.diagnostics.first?.kind == .limit)
    }

    @Test func warningsArriveThroughTheHandler() throws {
        let e = engine()
        e.register(Table(names: ["unit"], rows: [[.text("Youth")], [.text("Youth")]]), as: "dupes")
        var warnings: [String] = []
        e.onWarning = { warnings.append($0.message) }
        _ = try e.query("from budgets | join dupes on unit")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("join multiplied rows") == true)
    }
}
