import Foundation
import PlanQuery
import PlanQueryEngines
import PlanQuerySQL
import Testing

/// `planq_columns` records each pushed column's format, so money counted in £000s still shows
/// as £000s when the engine answers; tables pushed before formats were recorded still bind.
@Suite("engine metadata")
struct EngineMetadataTests {
    @Test func formatsRoundTrip() {
        var styled = ValueFormat.money(unit: 6)
        if case .success(let s) = DisplayStyle.parse("£m 1dp brackets") { styled.style = s }
        for f in [ValueFormat.plain, .percent, .money, .money(unit: 3), styled] {
            #expect(FormatText.format(FormatText.text(f)) == f, "\(f)")
        }
        #expect(FormatText.text(.money(unit: 3)) == "money 3")
        #expect(FormatText.format(nil) == .plain)
        #expect(FormatText.format("nonsense") == .plain)
    }

    @Test func pushedFormatsComeBack() throws {
        guard toolExists("sqlite3") else { return }
        let db = NSTemporaryDirectory() + "planq-meta-\(getpid()).sqlite"
        defer { try? FileManager.default.removeItem(atPath: db) }
        let client = EngineClients.make(.sqlite, EngineConnection(database: db))
        var t = Table(names: ["unit", "gross"], rows: [[.text("a"), .float(1639.8)]])
        t.schema[1].format = .money(unit: 3)
        _ = try SQLBackend(client: client).push([("budgets", t)])
        let engine = Engine(files: .unrestricted)
        try SQLBackend(client: client).attach(to: engine)
        let out = try engine.run("from budgets")
        guard case .table(let back)? = out.first else { Issue.record("no table"); return }
        #expect(back.schema[1].format == .money(unit: 3))

        // A planq_columns without the format column (an older push): plain formats, still bound.
        try client.execute("ALTER TABLE planq_columns DROP COLUMN format;")
        let older = Engine(files: .unrestricted)
        try SQLBackend(client: client).attach(to: older)
        guard case .table(let plain)? = try older.run("from budgets").first else { Issue.record("no table"); return }
        #expect(plain.schema[1].format == .plain)
        #expect(plain.rowCount == 1)
    }
}
