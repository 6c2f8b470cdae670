extension TabularLoader {
    /// A table describing `table`'s columns, for `.schema` / `describe`: one row per column with
    /// `column`, `type`, `format`, `nulls`, `distinct` (non-null distinct values), `unparsed`
    /// (nulls whose kept text is not a status token such as `N/A`), `min`, `max` and `example`
    /// (the first non-null value); `min`/`max`/`example` are text so that one column can hold
    /// every type, and null when the column has no values.
    package static func describe(_ table: Table) -> Table {
        // Without a guard nothing can stop it.
        (try? describe(table, checking: nil)) ?? Table(schema: [], columns: [], rowCount: 0)
    }

    /// `describe`, checking the run every 8Ki rows (a run's table may have millions).
    static func describe(_ table: Table, checking runGuard: RunGuard?) throws(PlanQueryError) -> Table {
        var rows: [[Value]] = []
        for (info, column) in zip(table.schema, table.columns) {
            let stats = try columnStats(column, runGuard)
            var unparsed = 0
            for (row, text) in column.verbatim where column.isNull(row) && !isStatusToken(text) { unparsed += 1 }
            rows.append([
                .text(info.name), .text(column.type.displayName), .text(column.format.rawValue),
                .int(column.nullCount), .int(stats.distinct), .int(unparsed),
                stats.min.map { .text($0) } ?? .null, stats.max.map { .text($0) } ?? .null,
                stats.example.map { .text($0) } ?? .null,
            ])
        }
        let names = ["column", "type", "format", "nulls", "distinct", "unparsed", "min", "max", "example"]
        let types: [DataType] = [.text, .text, .text, .int, .int, .int, .text, .text, .text]
        var builders = types.map { ColumnBuilder(type: $0, capacity: rows.count) }
        for row in rows { for k in row.indices { builders[k].append(row[k]) } }
        let columns = builders.indices.map { builders[$0].finish() }
        return Table(schema: zip(names, types).map { ColumnInfo(name: $0, type: $1) }, columns: columns,
                     rowCount: rows.count)
    }

    private static func columnStats(_ c: Column, _ runGuard: RunGuard?) throws(PlanQueryError) -> (distinct: Int, min: String?, max: String?, example: String?) {
        let n = c.count
        var first: Int? = nil
        for r in 0..<n where !c.isNull(r) { first = r; break }
        guard let first else { return (0, nil, nil, nil) }
        let example = c[first].description

        func ordered<T: Comparable & BinaryInteger>(_ a: [T], _ text: (T) -> String) throws(PlanQueryError) -> (Int, String?, String?, String?) {
            var seen = PartitionedSet()
            var lo = a[first], hi = a[first]
            for r in first..<n where !c.isNull(r) {
                if r & 0x1FFF == 0 { try runGuard?.check() }
                let v = a[r]
                seen.insert(UInt64(truncatingIfNeeded: v))
                if v < lo { lo = v }
                if v > hi { hi = v }
            }
            return (seen.count, text(lo), text(hi), example)
        }

        switch c.storage {
        case .null:
            return (0, nil, nil, nil)
        case .bool(let a):
            return try ordered(a.map { $0 ? 1 : 0 }) { $0 == 1 ? "true" : "false" }
        case .int(let a):
            return try ordered(a) { String($0) }
        case .decimal(let a, let scale):
            return try ordered(a) { ExactDecimal(units: $0, scale: scale).description }
        case .float(let a):
            var seen = PartitionedSet()
            var lo = Double.infinity, hi = -Double.infinity
            for r in first..<n where !c.isNull(r) {
                if r & 0x1FFF == 0 { try runGuard?.check() }
                let v = a[r]
                seen.insert(v == 0 ? 0 : v.bitPattern)
                if v < lo { lo = v }
                if v > hi { hi = v }
            }
            let any = lo <= hi
            return (seen.count, any ? formatFloat(lo) : nil, any ? formatFloat(hi) : nil, example)
        case .date(let a):
            return try ordered(a) { CalendarDate(days: $0).description }
        case .month(let a):
            return try ordered(a) { YearMonth(index: $0).description }
        case .fiscalYear(let a):
            return try ordered(a) { FiscalYear(startYear: Int($0)).description }
        case .text(let codes, let dictionary):
            var used = [Bool](repeating: false, count: dictionary.count)
            for r in first..<n where !c.isNull(r) { used[Int(codes[r])] = true }
            var distinct = 0
            var lo: String? = nil, hi: String? = nil
            for (k, s) in dictionary.enumerated() where used[k] {
                distinct += 1
                if lo == nil || s < lo! { lo = s }
                if hi == nil || s > hi! { hi = s }
            }
            return (distinct, lo, hi, example)
        case .list(let a):
            var seen = Set<[Value]>()
            for r in first..<n where !c.isNull(r) {
                if r & 0x1FFF == 0 { try runGuard?.check() }
                seen.insert(a[r])
            }
            return (seen.count, nil, nil, example)
        }
    }
}
