/// The static description of one column of a table or plan.
public struct ColumnInfo: Sendable, Hashable {
    public var name: String
    public var type: DataType
    public var format: ValueFormat
    /// The table a column came from, for `t.col` references after a join.
    public var qualifier: String?

    public init(name: String, type: DataType, format: ValueFormat = .plain, qualifier: String? = nil) {
        self.name = name
        self.type = type
        self.format = format
        self.qualifier = qualifier
    }
}

/// What a row is in a report: an ordinary row, or one that `total` added.
public enum RowRole: UInt8, Sendable, Hashable {
    case detail, subtotal, total
}

/// A materialised table: typed columns of equal length.
public struct Table: Sendable {
    public var schema: [ColumnInfo]
    public var columns: [Column]
    public var rowCount: Int
    /// Which rows `total` added (subtotal and grand-total rows), so reports can style them;
    /// nil when every row is an ordinary row. Kept by steps that keep rows (where, sort, take,
    /// select, derive); dropped when the grain changes (summarize, join, pivot).
    public var rowRoles: [RowRole]? = nil

    public init(schema: [ColumnInfo], columns: [Column], rowCount: Int) {
        precondition(schema.count == columns.count)
        self.schema = schema
        self.columns = columns
        self.rowCount = rowCount
    }

    /// Builds a table from rows of values, inferring each column's type.
    public init(names: [String], rows: [[Value]], formats: [ValueFormat]? = nil) {
        var builders = names.map { _ in ColumnBuilder(type: .null, capacity: rows.count) }
        for row in rows {
            for i in builders.indices { builders[i].append(i < row.count ? row[i] : .null) }
        }
        var cols: [Column] = []
        var schema: [ColumnInfo] = []
        for i in builders.indices {
            let f = formats?[i] ?? .plain
            let c = builders[i].finish(format: f)
            cols.append(c)
            schema.append(ColumnInfo(name: names[i], type: c.type, format: f))
        }
        self.init(schema: schema, columns: cols, rowCount: rows.count)
    }

    public var columnNames: [String] { schema.map(\.name) }

    public func columnIndex(named name: String) -> Int? { schema.firstIndex { $0.name == name } }

    public func column(named name: String) -> Column? { columnIndex(named: name).map { columns[$0] } }

    public func row(_ i: Int) -> [Value] { columns.map { $0[i] } }

    public func gather(_ indices: [Int]) -> Table {
        let hasMissing = indices.contains(-1)
        var t = Table(schema: schema, columns: columns.map { $0.gather(indices, hasMissing: hasMissing) }, rowCount: indices.count)
        if let roles = rowRoles { t.rowRoles = indices.map { $0 >= 0 ? roles[$0] : .detail } }
        return t
    }

    /// `gather`, checking the run before each column: a gather of millions of rows in
    /// sorted or joined order takes tens of milliseconds a column.
    func gatherChecked(_ indices: [Int]) throws(PlanQueryError) -> Table {
        guard indices.count > 1 << 16, let runGuard = RunGuard.current else { return gather(indices) }
        let hasMissing = indices.contains(-1)
        var columns: [Column] = []
        columns.reserveCapacity(self.columns.count)
        for c in self.columns {
            try runGuard.check()
            columns.append(try c.gather(indices, hasMissing: hasMissing, checking: runGuard))
        }
        var t = Table(schema: schema, columns: columns, rowCount: indices.count)
        if let roles = rowRoles { t.rowRoles = indices.map { $0 >= 0 ? roles[$0] : .detail } }
        return t
    }

    public func prefix(_ n: Int) -> Table {
        if n >= rowCount { return self }
        return gather(Array(0..<max(0, n)))
    }
}
