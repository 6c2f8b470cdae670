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
        }), let table = appender.finish(result) else { return nil }
        return (table, result.findings)
    }
}

/// Builds a table's typed columns from consecutive morsels (in file order).
private final class TableAppender: @unchecked Sendable {
    let request: CSVStreamRequest
    var columns: [Int: ColumnAccumulator] = [:]
    var rows = 0
    var fits = true

    init(_ request: CSVStreamRequest) {
        self.request = request
        for j in request.types.keys { columns[j] = ColumnAccumulator() }
    }

    func append(_ t: Table, at place: MorselPlace) {
        for (j, c) in columns {
            c.expect(rows: place.expectedRows)
            fits = c.append(t.columns[j]) && fits
        }
        rows += t.rowCount
    }

    func finish(_ result: CSVStreamResult) -> Table? {
        guard fits else { return nil }
        let cols: [Column] = request.schema.indices.map { j in
            columns[j]?.finish() ?? Column(storage: .null, nulls: nil, count: rows)
        }
        let schema = zip(request.schema, cols).map { ColumnInfo(name: $0.name, type: $1.type, format: $1.format) }
        return Table(schema: schema, columns: cols, rowCount: rows)
    }
}
