/// RFC 4180 CSV output of string grids with `\n` line ends. Fields are quoted by the same rule
/// as `TabularWriter` (the delimiter, a double quote, a line break, or leading/trailing blanks),
/// and quotes are doubled.

package enum CSVWriter {
    /// Quotes one field when it needs it.
    package static func field(_ s: String) -> String {
        var bytes: [UInt8] = []
        TabularWriter.appendCSVField(Array(s.utf8), delimiter: asciiComma, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One CSV record (without the line end).
    package static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// The whole table: header line then one line per row, each ended by `\n`.
    package static func csv(columns: [String], rows: [[String]]) -> String {
        var out = record(columns) + "\n"
        for r in rows { out += record(r) + "\n" }
        return out
    }

    package static func csv(_ grid: NamedGrid) -> String { csv(columns: grid.columns, rows: grid.rows) }
}
