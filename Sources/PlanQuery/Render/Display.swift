/// How values look to a person: money with £ and thousands separators, percentages, FYs.
public enum Display {
    /// Text for one value in a grid or Markdown table (not for CSV/JSON, which stay machine-readable).
    public static func text(_ v: Value, format: ValueFormat) -> String {
        switch v {
        case .null: return "null"
        case .int(let i):
            switch format {
            case .money: return money(ExactDecimal(i))
            case .percent: return percent(ExactDecimal(i))
            case .plain: return String(i)
            }
        case .decimal(let d):
            // A column holds one scale; people see each value without padding zeros.
            switch format {
            case .money: return money(d.normalized)
            case .percent: return percent(d)
            case .plain: return d.normalized.description
            }
        case .float(let f):
            switch format {
            case .money:
                if let d = ExactDecimal(f, places: 2) { return money(d) }
                return formatFloat(f)
            case .percent:
                if let d = ExactDecimal(f * 100, places: 1) { return d.normalized.description + "%" }
                return formatFloat(f * 100) + "%"
            case .plain: return shortFloat(f)
            }
        case .text(let s): return s
        case .list(let items): return "[" + items.map { text($0, format: .plain) }.joined(separator: ", ") + "]"
        default: return v.description
        }
    }

    /// At most 6 decimal places for people; CSV and JSON keep full precision.
    public static func shortFloat(_ f: Double) -> String {
        if !f.isFinite { return formatFloat(f) }
        if f != 0, abs(f) < 1e-4 || abs(f) >= 1e15 { return String(f) }
        let rounded = (f * 1e6).rounded() / 1e6
        return formatFloat(rounded)
    }

    /// `£1,639.8`, `-£490.6`, `£3,805,000`.
    public static func money(_ d: ExactDecimal) -> String {
        let text = d.description
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = groupThousands(String(parts[0]))
        let frac = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-£" : "£") + whole + frac
    }

    public static func groupThousands(_ digits: String) -> String {
        let chars = Array(digits)
        var out = ""
        for (i, c) in chars.enumerated() {
            if i > 0, (chars.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// 0.657 → `65.7%`.
    public static func percent(_ d: ExactDecimal) -> String {
        let shifted = ExactDecimal(units: d.units, scale: d.scale - 2)
        if shifted.scale < 0 {
            return String(d.units * ExactDecimal.pow10(-shifted.scale)) + "%"
        }
        return shifted.normalized.description + "%"
    }

    static func isNumeric(_ t: DataType) -> Bool { t.isNumeric }
}

/// Renders a table as an aligned grid for a terminal.
public struct GridRenderer {
    /// Show at most this many rows, with a footer saying how many more there are; nil shows all.
    public var maxRows: Int?
    /// Cut cells wider than this with `…`; nil never cuts.
    public var maxColumnWidth: Int?
    /// Total width to fit (a terminal's columns); wide text columns are narrowed to fit.
    public var totalWidth: Int?
    public var color = false
    /// How a null cell looks (`.nullvalue` in the REPL).
    public var nullText = GridRenderer.defaultNullText

    public init(maxRows: Int? = nil, maxColumnWidth: Int? = nil, totalWidth: Int? = nil, color: Bool = false) {
        self.maxRows = maxRows
        self.maxColumnWidth = maxColumnWidth
        self.totalWidth = totalWidth
        self.color = color
    }

    static func width(_ s: String) -> Int { s.count }

    /// How a null cell looks by default; explicit so an empty text is not mistaken for a missing value.
    public static let defaultNullText = "null"

    static func clip(_ s: String, _ w: Int) -> String {
        if s.count <= w { return s }
        if w <= 1 { return "…" }
        return String(s.prefix(w - 1)) + "…"
    }

    public func render(_ t: Table) -> String {
        let shown = maxRows.map { min($0, t.rowCount) } ?? t.rowCount
        let headers = t.schema.map(\.name)
        var cells: [[String]] = []
        cells.reserveCapacity(shown)
        // When truncating, show the first rows and say how many are hidden.
        for r in 0..<shown {
            cells.append(t.columns.indices.map { c in
                let v = t.columns[c][r]
                if v.isNull { return nullText }
                let s = Display.text(v, format: t.schema[c].format)
                return s.contains("\n") ? s.replacing("\n", with: "⏎") : s
            })
        }
        var widths = headers.map(GridRenderer.width)
        for row in cells { for (c, s) in row.enumerated() { widths[c] = max(widths[c], GridRenderer.width(s)) } }
        if let m = maxColumnWidth { widths = widths.map { min($0, max(m, 3)) } }
        if let total = totalWidth {
            // Narrow the widest columns until the grid fits.
            var sum = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
            while sum > total, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
                widths[widest] -= 1
                sum -= 1
            }
        }
        let numeric = t.schema.map { $0.type.isNumeric }
        func line(_ values: [String], header: Bool) -> String {
            var parts: [String] = []
            for (c, s) in values.enumerated() {
                let text = GridRenderer.clip(s, widths[c])
                let pad = String(repeating: " ", count: max(0, widths[c] - GridRenderer.width(text)))
                let isLast = c == values.count - 1
                if numeric[c] && !header { parts.append(pad + text) }
                else { parts.append(isLast ? text : text + pad) }
            }
            var l = parts.joined(separator: "  ")
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }
        var out = ""
        let head = line(headers, header: true)
        out += color ? "\u{1B}[1m" + head + "\u{1B}[0m" : head
        out += "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, header: false) + "\n" }
        if shown < t.rowCount {
            let more = t.rowCount - shown
            out += "… \(more) more row\(more == 1 ? "" : "s") (\(t.rowCount) in all)\n"
        }
        return out
    }
}

/// Renders a table as a GitHub-flavoured Markdown table.
public enum MarkdownRenderer {
    public static func render(_ t: Table) -> String {
        func escape(_ s: String) -> String {
            s.replacing("|", with: "\\|").replacing("\n", with: "<br>")
        }
        var out = "| " + t.schema.map { escape($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + t.schema.map { $0.type.isNumeric ? "---:|" : "---|" }.joined() + "\n"
        for r in 0..<t.rowCount {
            out += "| " + t.columns.indices.map { c in t.columns[c].isNull(r) ? "" : escape(Display.text(t.columns[c][r], format: t.schema[c].format)) }
                .joined(separator: " | ") + " |\n"
        }
        return out
    }
}
