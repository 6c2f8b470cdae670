import Foundation
import PlanQuery
import Testing
@testable import PlanQuerySQL

/// docs/scale.md's function table is the function map, written out: between its markers the
/// doc must hold exactly `functionTable()`. `PLANQ_BLESS=1 swift test --filter scaleDoc` rewrites it.
func functionTable() -> String {
    var lines = ["| function | SQLite | DuckDB | PostgreSQL | Spark SQL |", "|---|---|---|---|---|"]
    func cell(_ f: FunctionSQL?) -> String {
        switch f {
        case .template(let t)?, .sameScale(let t)?: return "`" + t.replacing("|", with: "\\|") + "`"
        case .lowered?: return "lowered"
        case .refused(let reason)?: return "refused: " + reason
        case nil: return "—"
        }
    }
    for name in FunctionRegistry.builtins.order {
        lines.append("| `\(name)` | " + SQLDialect.allCases.map { cell(FunctionMap.sql(for: name, in: $0)) }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
}

@Test("docs/scale.md's function table matches the function map")
func scaleDocFunctionTable() throws {
    let url = TestPaths.root.appendingPathComponent("docs/scale.md")
    let doc = try String(contentsOf: url, encoding: .utf8)
    let begin = "<!-- function-map: begin -->\n", end = "<!-- function-map: end -->"
    guard let b = doc.range(of: begin), let e = doc.range(of: end) else {
        Issue.record("docs/scale.md has no function-map markers")
        return
    }
    let current = String(doc[b.upperBound..<e.lowerBound])
    if ProcessInfo.processInfo.environment["PLANQ_BLESS"] == "1" {
        try (String(doc[..<b.upperBound]) + functionTable() + String(doc[e.lowerBound...])).write(to: url, atomically: true, encoding: .utf8)
        return
    }
    #expect(current == functionTable(), "PLANQ_BLESS=1 swift test --filter scaleDoc")
}
