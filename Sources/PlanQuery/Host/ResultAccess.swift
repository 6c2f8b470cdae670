/// Reading a result as Swift values: a column as typed values, rows decoded into a host's
/// `Decodable` struct, and the table rendered in any output format.
extension Table {
    /// A column's values as `T`, nil for null cells: `values("gross", as: ExactDecimal.self)`,
    /// `values("fy", as: FiscalYear.self)`, `values("due", as: CalendarDate.self)`,
    /// `values("month", as: YearMonth.self)`, `Int`, `Double`, `String`, `Bool`.
    /// Conversions are exact (see `ValueConvertible`); a cell that cannot convert, or a
    /// missing column, throws a `.type` or `.usage` error naming the row.
    public func values<T: ValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> [T?] {
        guard let c = columnIndex(named: column) else {
            throw PlanQueryError(.error(.usage, "the result has no column `\(column)`", at: nil,
                                        hints: ["its columns: " + columnNames.joined(separator: ", ")]))
        }
        let col = columns[c]
        var out: [T?] = []
        out.reserveCapacity(rowCount)
        for r in 0..<rowCount {
            let v = col[r]
            if v.isNull { out.append(nil); continue }
            guard let converted = T(planValue: v) else {
                throw PlanQueryError(.error(.type, "row \(r + 1), column `\(column)`: cannot read \(v.type.displayName) \(v.literalText) as \(T.self)", at: nil))
            }
            out.append(converted)
        }
        return out
    }

    /// One cell by row (0-based) and column name; nil when there is no such column or row.
    public subscript(row: Int, column: String) -> Value? {
        guard row >= 0, row < rowCount, let c = columnIndex(named: column) else { return nil }
        return columns[c][row]
    }

    /// Every row decoded into `Row`, matching properties to columns by name (extra
    /// columns are ignored; an optional property takes nulls and missing columns).
    ///
    ///     struct Total: Decodable { var unit: String; var gross: ExactDecimal }
    ///     let totals = try table.decode([Total].self)
    public func decode<Row: Decodable>(_ type: [Row].Type) throws -> [Row] {
        try (0..<rowCount).map { try Row(from: RowDecoder(table: self, row: $0)) }
    }

    /// The table as text in an output format: `table.rendered(as: .csv)`, `.json`,
    /// `.jsonl`, `.markdown`, `.tsv`, or `.table` (the aligned grid the command line prints).
    public func rendered(as format: OutputFormat) -> String {
        Rendering.render(self, as: format)
    }
}
