// Loading the columns a query reads from a large CSV/TSV file by streaming it (CSVStream): the
// same table and findings as a whole-file load of those columns, built morsel by morsel, so that
// neither the file nor the span buffers of its other columns are ever in memory at once.

extension CSVStream {
    /// The `request.types` columns of the file, the others null placeholders, and the loader's
    /// findings: what `DataFiles.load(path, columns:)` returns. Nil when the stream gave up (a
    /// value that does not fit its column's type, and the like): the caller loads the file whole.
    static func load(_ request: CSVStreamRequest, files: any FileSystem) throws(Diagnostic) -> (Table, [Diagnostic])? {
        let appender = TableAppender(request)
        guard let result = try run(request, files: files, process: { $0 }, merge: { table, place in
            appender.append(table, at: place)
        }) else { return nil }
        return (appender.finish(result), result.findings)
    }
}

/// Builds a table's typed columns from consecutive morsels (in file order).
private final class TableAppender: @unchecked Sendable {
    let request: CSVStreamRequest
    var columns: [Int: ColumnAppender] = [:]
    var rows = 0

    init(_ request: CSVStreamRequest) {
        self.request = request
        for (j, t) in request.types { columns[j] = ColumnAppender(t) }
    }

    func append(_ t: Table, at place: MorselPlace) {
        for (j, c) in columns { c.append(t.columns[j], rowBase: place.rowBase, textCodes: place.textCodes[j]) }
        rows += t.rowCount
    }

    func finish(_ result: CSVStreamResult) -> Table {
        let cols: [Column] = request.schema.indices.map { j in
            guard let c = columns[j] else { return Column(storage: .null, nulls: nil, count: rows) }
            return c.finish(dictionary: result.textValues[j]?.values ?? [])
        }
        let schema = zip(request.schema, cols).map { ColumnInfo(name: $0.name, type: $1.type, format: $1.format) }
        return Table(schema: schema, columns: cols, rowCount: rows)
    }
}

/// One column's values, appended morsel by morsel.
private final class ColumnAppender {
    let type: StreamedColumnType
    var nulls: [Bool] = []
    var verbatim: [Int: String] = [:]
    var codes: [UInt32] = []
    var ints: [Int] = []
    var units: [Int64] = []
    var floats: [Double] = []
    var bools: [Bool] = []
    var days: [Int32] = []

    init(_ type: StreamedColumnType) { self.type = type }

    func append(_ c: Column, rowBase: Int, textCodes: [UInt32]?) {
        let start = nulls.count
        if let n = c.nulls { nulls.append(contentsOf: n) } else { nulls.append(contentsOf: repeatElement(false, count: c.count)) }
        for (r, text) in c.verbatim { verbatim[rowBase + r] = text }
        switch c.storage {
        case .text(let local, _):
            // The morsel's codes in the whole file's dictionary; null cells keep code 0.
            let remap = textCodes ?? []
            codes.reserveCapacity(codes.count + local.count)
            for r in 0..<local.count {
                codes.append(nulls[start + r] || Int(local[r]) >= remap.count ? 0 : remap[Int(local[r])])
            }
        case .int(let a): ints.append(contentsOf: a)
        case .decimal(let a, _): units.append(contentsOf: a)
        case .float(let a): floats.append(contentsOf: a)
        case .bool(let a): bools.append(contentsOf: a)
        case .date(let a), .month(let a), .fiscalYear(let a): days.append(contentsOf: a)
        case .null, .list: break
        }
    }

    func finish(dictionary: [String]) -> Column {
        let n = nulls.count
        let storage: Column.Storage
        switch type.type {
        case .text:
            var d = dictionary
            if d.isEmpty, nulls.contains(true) { d = [""] }
            storage = .text(codes: codes, dictionary: d)
        case .int: storage = .int(ints)
        case .decimal: storage = .decimal(units, scale: type.scale)
        case .float: storage = .float(floats)
        case .bool: storage = .bool(bools)
        case .date: storage = .date(days)
        case .month: storage = .month(days)
        case .fiscalYear: storage = .fiscalYear(days)
        default: return Column(storage: .null, nulls: nil, count: n)
        }
        return Column(storage: storage, nulls: nulls, count: n, format: type.format, verbatim: verbatim)
    }
}
