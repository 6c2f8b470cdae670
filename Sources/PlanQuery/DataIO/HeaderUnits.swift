/// The money unit a column's heading names: plan tables print plain figures under headings
/// such as `Budget £000s`, `Spend (£m)` or `Cost £`, so a file's plain number column under
/// such a heading is money counted in that unit (`1639.8` under `£000s` shows `£1,639.8k`).
/// Only the display changes; the numbers and their type are as read. Cells that carry their
/// own `£` already decide the column's format in ColumnInference and are left alone.
enum HeaderUnits {
    /// The power of ten of pounds the heading names, or nil when it names none.
    static func unit(of heading: String) -> Int8? {
        let s = heading.lowercased().filter { $0 != " " && $0 != "'" && $0 != "’" }
        guard s.contains("£") else { return nil }
        if s.contains("£000") || s.contains("£k") || s.contains("£thousand") { return 3 }
        if s.contains("£bn") || s.contains("£billion") { return 9 }
        if s.contains("£m") { return 6 }
        return 0
    }

    /// `format` for a column named `heading` of `type`: money in the heading's unit when the
    /// column is a plain number, else unchanged.
    static func format(_ format: ValueFormat, type: DataType, heading: String) -> ValueFormat {
        guard format == .plain, type.isNumeric, let u = unit(of: heading) else { return format }
        return .money(unit: u)
    }

    static func apply(_ schema: [ColumnInfo]) -> [ColumnInfo] {
        schema.map { info in
            var info = info
            info.format = format(info.format, type: info.type, heading: info.name)
            return info
        }
    }

    static func apply(_ t: Table) -> Table {
        var t = t
        for (i, info) in t.schema.enumerated() {
            let f = format(info.format, type: info.type, heading: info.name)
            guard f != info.format else { continue }
            t.schema[i].format = f
            t.columns[i].format = f
        }
        return t
    }
}
