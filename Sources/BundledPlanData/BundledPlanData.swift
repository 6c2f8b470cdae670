import PlanQuery
import Synchronization

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

    /// Registers every bundled table in `catalog`; each is parsed when a query first names it.
    public static func register(in catalog: Catalog) {
        // Budget amounts show as the £000s they are, monitoring figures as £m (PlanDatasetFormats).
        for source in sources() { catalog.register(PlanDatasetFormats.source(source, table: source.name), as: source.name) }
    }

    /// `register(in:)` when the catalog is first used (a run that names no table, such as
    /// `planq -c '1 + 1'`, never makes the entries).
    package static func registerOnFirstUse(in catalog: Catalog) {
        catalog.registerOnFirstUse { register(in: $0) }
    }

    static func sources() -> [BundledTableSource] {
        tables.map { BundledTableSource(name: $0.name, fileName: $0.fileName, text: $0.text) }
    }

    /// A table's CSV text exactly as in `examples/data/NAME.csv`.
    public static func csv(_ name: String) -> String? {
        tables.first { $0.name == name }?.text.description
    }

    private static var tables: [(name: String, fileName: String, text: StaticString)] {
        files.filter { $0.name.hasSuffix(".csv") }.map { (String($0.name.dropLast(".csv".count)), $0.name, $0.text) }
    }
}

/// One bundled table. Its schema comes from typing the whole text (the types are inferred, so
/// there is no cheaper way); the table made for the schema is kept for the load that follows.
final class BundledTableSource: TableSource {
    let name: String
    let fileName: String
    let text: StaticString
    private let kept = Mutex<(Table, [Diagnostic])?>(nil)
    /// How many times the text was typed (a test checks: none at registration, once per use).
    let parses = Atomic<Int>(0)

    init(name: String, fileName: String, text: StaticString) {
        self.name = name
        self.fileName = fileName
        self.text = text
    }

    var origin: String { "bundled " + fileName }

    func schema(_ context: LoadContext) throws -> [ColumnInfo] {
        let loaded = try parse()
        kept.withLock { $0 = loaded }
        return loaded.0.schema
    }

    func load(_ context: LoadContext) throws -> Table {
        let (table, findings) = try kept.withLock { k in defer { k = nil }; return k } ?? parse()
        for f in findings { context.report(f) }
        return table
    }

    private func parse() throws(Diagnostic) -> (Table, [Diagnostic]) {
        parses.add(1, ordering: .relaxed)
        // A literal's text sits in the binary's read-only data for the whole run: read in place.
        guard text.hasPointerRepresentation else {
            return try Array(text.description.utf8).withUnsafeBufferPointer { (b) throws(Diagnostic) in
                try DataFiles.load(buffer: b, name: fileName)
            }
        }
        return try DataFiles.load(buffer: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), name: fileName)
    }
}
