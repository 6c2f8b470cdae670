/// What the numbers of the bundled plan dataset count, so they show as the documents printed
/// them: budget amounts are £000s (`£1,639.8k`), budget-monitoring figures are £m (`£1.8m`).
/// Applied when the dataset is registered (the CSVs hold plain numbers; docs/data-dictionary.md).
/// A user file says the same with its headings (`Budget £000s`): DataIO/HeaderUnits.swift.
package enum PlanDatasetFormats {
    package static let columns: [String: [String: ValueFormat]] = [
        "budgets": Dictionary(uniqueKeysWithValues: [
            "employee", "running", "contracts", "transfer", "gross", "external_income", "internal_income", "controllable",
        ].map { ($0, ValueFormat.money(unit: 3)) }),
        "monitoring": ["value": .money(unit: 6)],
    ]

    /// `source` showing the formats the dataset declares for `table`'s columns.
    package static func source(_ source: any TableSource, table: String) -> any TableSource {
        columns[table] == nil ? source : Formatted(base: source, table: table)
    }

    struct Formatted: TableSource {
        let base: any TableSource
        let table: String
        var origin: String { base.origin }
        var schemaIsExact: Bool { base.schemaIsExact }
        func schema(_ context: LoadContext) throws -> [ColumnInfo] {
            let formats = PlanDatasetFormats.columns[table] ?? [:]
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
        guard let formats = columns[table] else { return t }
        var t = t
        for (i, info) in t.schema.enumerated() {
            guard let f = formats[info.name], info.type.isNumeric || info.type == .null else { continue }
            t.schema[i].format = f
            t.columns[i].format = f
        }
        return t
    }
}
