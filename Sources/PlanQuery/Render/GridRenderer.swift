/// Renders a table as an aligned grid for a terminal: numbers right-aligned with their
/// decimal points in line, text left-aligned, subtotal and total rows set off, RAG and
/// direction-of-travel cells as coloured badges (colour only when the host says so: a
/// terminal, and no NO_COLOR), fitted to a width by narrowing text columns.
package struct GridRenderer: Sendable {
    /// Show at most this many rows, with a footer saying how many more there are; nil shows all.
    package var maxRows: Int?
    /// Cut cells wider than this with `…`; nil never cuts.
    package var maxColumnWidth: Int?
    /// Total width to fit (a terminal's columns); wide text columns are narrowed to fit.
    package var totalWidth: Int?
    package var color = false
    /// Wrap long text onto more lines instead of cutting it (report tables, meant to be read in full).
    package var wrap = false
    /// How a null cell looks, distinct from the text "null" (`.nullvalue` changes it).
    package var nullText = GridRenderer.defaultNullText

    package static let defaultNullText = "∅"

    package init(maxRows: Int? = nil, maxColumnWidth: Int? = nil, totalWidth: Int? = nil, color: Bool = false) {
        self.maxRows = maxRows
        self.maxColumnWidth = maxColumnWidth
        self.totalWidth = totalWidth
        self.color = color
    }

    /// Display width of text: a character is one column, except combining marks (none).
    static func width(_ s: String) -> Int { s.count }

    static func clip(_ s: String, _ w: Int) -> String {
        if s.count <= w { return s }
        if w <= 1 { return "…" }
        return String(s.prefix(w - 1)) + "…"
    }

    /// Splits text into lines of at most `w` columns at spaces (a longer word is cut).
    static func wrapped(_ s: String, _ w: Int) -> [String] {
        let w = max(1, w)
        if s.count <= w { return [s] }
        var lines: [String] = []
        var line = ""
        for word in s.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if line.isEmpty {
                while word.count > w { lines.append(String(word.prefix(w))); word = word.dropFirst(w) }
                line = String(word)
            } else if line.count + 1 + word.count <= w {
                line += " " + word
            } else {
                lines.append(line)
                while word.count > w { lines.append(String(word.prefix(w))); word = word.dropFirst(w) }
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    // ANSI: bold, dim, and the badge colours.
    static let bold = "\u{1B}[1m", dim = "\u{1B}[2m", reset = "\u{1B}[0m"
    static func colour(_ level: Badge.Level) -> String {
        switch level {
        case .red, .down: return "\u{1B}[1;31m"
        case .amber: return "\u{1B}[1;33m"
        case .green, .up: return "\u{1B}[1;32m"
        case .same: return "\u{1B}[1;34m"
        }
    }

    package func render(_ t: Table) -> String {
        let cells = TableCells(t, rowLimit: maxRows, nullText: nullText)
        let sep = 2
        var widths = cells.headers.indices.map { c in
            cells.rows.indices.reduce(GridRenderer.width(cells.headers[c])) { w, r in
                max(w, GridRenderer.width(cells.rows[r][c]) + cells.tailPadding[r][c])
            }
        }
        if let m = maxColumnWidth { widths = widths.map { min($0, max(m, 3)) } }
        if let total = totalWidth {
            var sum = widths.reduce(0, +) + sep * max(0, widths.count - 1)
            if wrap {
                // Narrow the widest text column a step at a time, down to 12 columns (or its header's longest word).
                while sum > total {
                    let candidates = widths.indices.filter { !cells.numeric[$0] && widths[$0] > GridRenderer.minimumWrapWidth(cells.headers[$0]) }
                    guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                    widths[widest] -= 1
                    sum -= 1
                }
            }
            // Narrow the widest columns until the grid fits.
            while sum > total, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
                widths[widest] -= 1
                sum -= 1
            }
        }
        var out = ""
        func emit(_ parts: [[String]], header: Bool, role: RowRole, row: Int?) {
            let height = parts.map(\.count).max() ?? 1
            for k in 0..<height {
                var line = ""
                var pendingSpaces = 0
                for c in parts.indices {
                    if c > 0 { pendingSpaces += sep }
                    let piece = k < parts[c].count ? parts[c][k] : ""
                    var text = piece
                    var tail = 0
                    if let r = row, k == 0 { tail = cells.tailPadding[r][c] }
                    if GridRenderer.width(text) + tail > widths[c] { tail = max(0, widths[c] - GridRenderer.width(text)) }
                    let pad = max(0, widths[c] - GridRenderer.width(text) - tail)
                    let align: DisplayStyle.Alignment = header ? (cells.numeric[c] && cells.alignments[c] == .right ? .right : cells.alignments[c]) : cells.alignments[c]
                    var left = 0, right = 0
                    switch align {
                    case .left: right = pad + tail
                    case .right: left = pad; right = tail
                    case .centre: left = pad / 2; right = pad - pad / 2 + tail
                    }
                    if color, !text.isEmpty {
                        if header { text = GridRenderer.bold + text + GridRenderer.reset }
                        else if let r = row, k == 0, let b = cells.badges[r][c] { text = GridRenderer.colour(b.level) + text + GridRenderer.reset }
                        else if let r = row, cells.nulls[r][c] { text = GridRenderer.dim + text + GridRenderer.reset }
                        else if role != .detail { text = GridRenderer.bold + text + GridRenderer.reset }
                    }
                    if text.isEmpty { pendingSpaces += left + right; continue }
                    line += String(repeating: " ", count: pendingSpaces + left) + text
                    pendingSpaces = right
                }
                out += line + "\n"
            }
        }
        func rule(_ ch: Character) -> String {
            widths.map { String(repeating: ch, count: $0) }.joined(separator: String(repeating: " ", count: sep)) + "\n"
        }
        let headerParts = cells.headers.indices.map { c in
            wrap ? GridRenderer.wrapped(cells.headers[c], widths[c]) : [GridRenderer.clip(cells.headers[c], widths[c])]
        }
        emit(headerParts, header: true, role: .detail, row: nil)
        out += rule("─")
        for r in cells.rows.indices {
            let role = cells.roles[r]
            if role == .total, r > 0 { out += rule("─") }
            let parts = cells.rows[r].indices.map { c -> [String] in
                let s = cells.rows[r][c]
                if cells.numeric[c] || cells.badges[r][c] != nil { return [GridRenderer.clip(s, widths[c])] }
                return wrap ? GridRenderer.wrapped(s, widths[c]) : [GridRenderer.clip(s, widths[c])]
            }
            emit(parts, header: false, role: role, row: r)
            // A blank line after a subtotal sets each group apart.
            if role == .subtotal, r + 1 < cells.rowCount, cells.roles[r + 1] == .detail { out += "\n" }
        }
        if cells.rowCount < t.rowCount {
            let more = t.rowCount - cells.rowCount
            out += "… \(more) more row\(more == 1 ? "" : "s") (\(t.rowCount) in all)\n"
        }
        return out
    }

    /// The narrowest a wrapped text column goes: 12 columns, or its header's longest word if longer.
    static func minimumWrapWidth(_ header: String) -> Int {
        max(12, header.split(separator: " ").map(\.count).max() ?? 0)
    }

    /// On a screen (`totalWidth` set), a table too wide to fit even with its text columns
    /// narrowed keeps the columns on the left that fit; the others are returned by name so
    /// the host can say which are hidden.
    package func fitColumns(_ t: Table) -> (shown: Table, hidden: [String]) {
        guard let total = totalWidth, t.schema.count > 1 else { return (t, []) }
        // A column is narrowed to 8 characters at most (12 when wrapping, or maxColumnWidth);
        // below that a column takes its natural width.
        let floor = wrap ? 12 : (maxColumnWidth.map { min(8, max($0, 3)) } ?? 8)
        let rows = maxRows.map { min($0, t.rowCount) } ?? t.rowCount
        var used = 0
        var keep = 0
        for c in t.schema.indices {
            var w = t.schema[c].name.count
            let format = t.schema[c].format
            let numeric = t.schema[c].type.isNumeric
            let places = numeric ? Display.columnPlaces((0..<rows).lazy.map { t.columns[c][$0] }, format: format) : nil
            var r = 0
            // Numbers are never narrowed, so measure all of them; text only up to the floor.
            while (numeric || w < floor), r < rows {
                let v = t.columns[c][r]
                w = max(w, v.isNull ? nullText.count : Display.text(v, format: format, places: places).count + (numeric ? 1 : 0))
                r += 1
            }
            let need = (numeric ? w : min(w, floor)) + (c == 0 ? 0 : 2)
            if used + need > total, c > 0 { break }
            used += need
            keep = c + 1
        }
        guard keep < t.schema.count else { return (t, []) }
        var shown = Table(schema: Array(t.schema.prefix(keep)), columns: Array(t.columns.prefix(keep)), rowCount: t.rowCount)
        shown.rowRoles = t.rowRoles
        return (shown, t.schema.dropFirst(keep).map(\.name))
    }
}
