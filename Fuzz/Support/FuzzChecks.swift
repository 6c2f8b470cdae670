@testable import PlanQuery

/// Invariants every fuzz target checks on what it produced; a broken one is a crash, which
/// libFuzzer reports with the input.
enum FuzzChecks {
    static func table(_ t: Table) {
        if t.columns.count != t.schema.count { fatalError("\(t.columns.count) columns for \(t.schema.count) names") }
        for c in t.columns where c.count != t.rowCount { fatalError("a column of \(c.count) values in a table of \(t.rowCount) rows") }
        // Reading every value and rendering exercises each storage kind.
        for r in 0..<min(t.rowCount, 50) { for c in t.columns { _ = c[r].description } }
        _ = Rendering.render(t, as: .csv)
    }
}
