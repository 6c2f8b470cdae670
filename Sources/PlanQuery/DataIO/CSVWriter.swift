/// RFC 4180 CSV output with `\n` line ends: fields containing a comma, a double quote,
/// a line break or leading/trailing spaces are quoted, and quotes are doubled.

public enum CSVWriter {
    /// Quotes one field when it needs it.
    public static func field(_ s: String) -> String {
        var needs = false
        for b in s.utf8 where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 10 || b == 13 {
            needs = true
            break
        }
        if !needs, let f = s.utf8.first, let l = s.utf8.last, f == 32 || l == 32 { needs = true }
        guard needs else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }

    /// One CSV record (without the line end).
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// The whole table: header line then one line per row, each ended by `\n`.
    public static func csv(columns: [String], rows: [[String]]) -> String {
        var out = record(columns) + "\n"
        for r in rows { out += record(r) + "\n" }
        return out
    }

    public static func csv(_ grid: NamedGrid) -> String { csv(columns: grid.columns, rows: grid.rows) }
}
