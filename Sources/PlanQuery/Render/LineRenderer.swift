/// One field per line, a blank line between rows (sqlite3's and DuckDB's `.mode line`):
/// long text such as an indicator's name is read whole instead of cut to a column.
///
///       unit = Libraries & Archives
///  indicator = NI 9 Use of package libraries
///      value = 0.47
package enum LineRenderer {
    package static func render(_ t: Table, nullText: String = GridRenderer.defaultNullText) -> String {
        let names = t.schema.map(\.name)
        let width = names.map(\.count).max() ?? 0
        var out = ""
        for r in 0..<t.rowCount {
            if r > 0 { out += "\n" }
            for (c, name) in names.enumerated() {
                let column = t.columns[c]
                let text = column.isNull(r) ? nullText : Display.text(column[r], format: t.schema[c].format)
                out += String(repeating: " ", count: width - name.count) + name + " = "
                // Continuation lines of a multi-line value line up under its first line.
                out += text.replacing("\n", with: "\n" + String(repeating: " ", count: width + 3)) + "\n"
            }
        }
        return out
    }
}
