import PlanQuery

/// The bundled plan dataset (`examples/data/*.csv`: the 2008/09 unit business plans of Kent
/// County Council, see docs/data-dictionary.md), compiled into the binary so `planq` copied
/// out of its checkout still has it.
///
/// `Generated/` holds the files' text as Swift string literals; a test regenerates them from
/// `examples/data/` and fails when they differ (`PLANQ_BLESS=1 swift test --filter
/// BundledSources` rewrites them). The text lives in the binary's read-only data: a table is
/// parsed only when a query first names it. These tables are not files, so no file policy
/// applies to them.
public enum BundledPlanData {
    /// The table names, in file-name order: budgets, consultations, kpis, ...
    public static var tableNames: [String] { tables.map(\.name) }

    /// Registers every bundled table in `catalog`, each loaded on first use.
    public static func register(in catalog: Catalog) {
        for table in tables {
            let text = table.text
            let fileName = table.fileName
            catalog.registerLazy(table.name, source: "bundled " + fileName) {
                // A literal's text sits in the binary's read-only data for the whole run: read in place.
                guard text.hasPointerRepresentation else {
                    return try Array(text.description.utf8).withUnsafeBufferPointer { try DataFiles.load(buffer: $0, name: fileName) }
                }
                return try DataFiles.load(buffer: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), name: fileName)
            }
        }
    }

    /// A table's CSV text exactly as in `examples/data/NAME.csv`.
    public static func csv(_ name: String) -> String? {
        tables.first { $0.name == name }?.text.description
    }

    private static var tables: [(name: String, fileName: String, text: StaticString)] {
        files.filter { $0.name.hasSuffix(".csv") }.map { (String($0.name.dropLast(".csv".count)), $0.name, $0.text) }
    }
}
