/// What the numbers of the bundled plan dataset count, so they show as the documents printed
/// them: budget amounts are £000s (`£1,639.8k`), budget-monitoring figures are £m (`£1.8m`).
/// Applied when the dataset is registered (the CSVs hold plain numbers; docs/data-dictionary.md).
/// A user file says the same with its headings (`Budget £000s`): DataIO/HeaderUnits.swift.
package enum PlanDatasetFormats {
    /// The tables with declared formats, and each one's columns and format. A list rather than
    /// nested dictionaries: registering the dataset asks about every table, and building the
    /// dictionaries (new generic metadata for the runtime) was 0.4 M instructions of
    /// `planq -c '1 + 1'`, which loads none of them.
    static let declared: [(table: String, columns: [String], format: ValueFormat)] = [
        ("budgets", ["employee", "running", "contracts", "transfer", "gross", "external_income", "internal_income", "controllable"],
         .money(unit: 3)),
        ("monitoring", ["value"], .money(unit: 6)),
    ]

    /// The formats the dataset declares for `table`'s columns, by column; nil for a table
    /// with none.
    package static func columns(of table: String) -> [String: ValueFormat]? {
        let entries = declared.filter { $0.table == table }
        guard !entries.isEmpty else { return nil }
        var formats: [String: ValueFormat] = [:]
        for e in entries { for c in e.columns { formats[c] = e.format } }
        return formats
    }

    /// `source` showing the formats the dataset declares for `table`'s columns.
    package static func source(_ source: any TableSource, table: String) -> any TableSource {
        declared.contains { $0.table == table } ? Formatted(base: source, table: table) : source
    }

    struct Formatted: TableSource {
        let base: any TableSource
        let table: String
        var origin: String { base.origin }
        var schemaIsExact: Bool { base.schemaIsExact }
        func schema(_ context: LoadContext) throws -> [ColumnInfo] {
            let formats = PlanDatasetFormats.columns(of: table) ?? [:]
            return try base.schema(context).map { info in
                var info = info
                if let f = formats[info.name], info.type.isNumeric || info.type == .null { info.format = f }
                return info
            }
        }
        func load(_ context: LoadContext) throws -> Table { PlanDatasetFormats.apply(try base.load(context), table: table) }
    }

    /// `t` with the formats the dataset declares for `table`'s columns (money columns keep
    /// their type; only the display changes).
    package static func apply(_ t: Table, table: String) -> Table {
        guard let formats = columns(of: table) else { return t }
        var t = t
        for (i, info) in t.schema.enumerated() {
            guard let f = formats[info.name], info.type.isNumeric || info.type == .null else { continue }
            t.schema[i].format = f
            t.columns[i].format = f
        }
        return t
    }
}
