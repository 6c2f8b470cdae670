// Interim CSV reader and writers so the core can be exercised end to end; replaced by the
// tabular loaders and writers (DataIO/TabularLoader, TabularWriter) when they land.

enum InterimIO {
    static func readCSV(_ text: String, delimiter: Character = ",") -> (header: [String], rows: [[String]]) {
        var rows: [[String]] = []
        var field = ""
        var row: [String] = []
        var inQuotes = false
        var it = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
            } else if c == delimiter {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else if c != "\r" {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        guard let header = rows.first else { return ([], []) }
        return (header, Array(rows.dropFirst()))
    }

    static func inferValue(_ s: String) -> Value {
        if s.isEmpty { return .null }
        if let i = Int(s) { return .int(i) }
        if let d = ExactDecimal(parsing: s) { return .decimal(d) }
        if let fy = Conversions.fiscalYear(from: s), s.count <= 9 { return .fiscalYear(fy) }
        if let d = Conversions.date(from: s) { return .date(d) }
        return .text(s)
    }

    static func table(fromCSV text: String, delimiter: Character) -> Table {
        let (header, rows) = readCSV(text, delimiter: delimiter)
        var columns: [[Value]] = header.map { _ in [] }
        for row in rows {
            for i in header.indices { columns[i].append(i < row.count ? inferValue(row[i]) : .null) }
        }
        // One type per column: if the values disagree, keep the column as text.
        var finalRows = [[Value]](repeating: [], count: rows.count)
        for (c, values) in columns.enumerated() {
            let types = Set(values.map(\.type)).subtracting([.null])
            let numeric = types.allSatisfy { $0 == .int || $0 == .decimal }
            for r in values.indices {
                let v = values[r]
                finalRows[r].append(types.count <= 1 || numeric ? v : (v.isNull ? .null : .text(rows[r][c])))
            }
        }
        return Table(names: header, rows: finalRows)
    }

    static func csv(_ t: Table, delimiter: String = ",") -> String {
        func quote(_ s: String) -> String {
            if s.contains(delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r") {
                return "\"" + s.replacing("\"", with: "\"\"") + "\""
            }
            return s
        }
        var out = t.schema.map { quote($0.name) }.joined(separator: delimiter) + "\n"
        for r in 0..<t.rowCount {
            out += t.columns.map { quote($0[r].description) }.joined(separator: delimiter) + "\n"
        }
        return out
    }

    static func jsonValue(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return d.description
        case .float(let f): return f.isFinite ? formatFloat(f) : "null"
        case .list(let items): return "[" + items.map(jsonValue).joined(separator: ",") + "]"
        default: return jsonString(v.description)
        }
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static func jsonObjects(_ t: Table) -> [String] {
        (0..<t.rowCount).map { r in
            "{" + t.schema.indices.map { c in jsonString(t.schema[c].name) + ":" + jsonValue(t.columns[c][r]) }.joined(separator: ",") + "}"
        }
    }
}

/// The output formats of the CLI and the REPL's `.mode`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, jsonl, markdown
}

public enum Rendering {
    /// Machine formats keep full precision and plain numbers; `table` and `markdown` are for people.
    public static func render(_ t: Table, as format: OutputFormat, grid: GridRenderer = GridRenderer()) -> String {
        switch format {
        case .table: return grid.render(t)
        case .markdown: return MarkdownRenderer.render(t)
        case .csv: return InterimIO.csv(t)
        case .tsv: return InterimIO.csv(t, delimiter: "\t")
        case .json: return "[" + InterimIO.jsonObjects(t).joined(separator: ",\n") + "]\n"
        case .jsonl: return InterimIO.jsonObjects(t).map { $0 + "\n" }.joined()
        }
    }

    public static func render(_ v: Value, _ f: ValueFormat, as format: OutputFormat) -> String {
        switch format {
        case .table, .markdown: return Display.text(v, format: f) + "\n"
        case .json, .jsonl: return InterimIO.jsonValue(v) + "\n"
        case .csv, .tsv: return v.description + "\n"
        }
    }

    public static func loadInterim(path: String) throws -> Table {
        guard let text = FileAccess.readText(path) else {
            throw Diagnostic(.error, kind: .io, "cannot read \(path): no such file or not readable", at: nil)
        }
        return InterimIO.table(fromCSV: text, delimiter: path.hasSuffix(".tsv") ? "\t" : ",")
    }
}

/// Turns a script's outputs into text in order, with a blank line around each table in the
/// human formats, so a report reads as sections.
public struct OutputPrinter {
    public var format: OutputFormat
    public var grid: GridRenderer
    private var previousWasTable = false
    private var first = true

    public init(format: OutputFormat, grid: GridRenderer = GridRenderer()) {
        self.format = format
        self.grid = grid
    }

    public mutating func render(_ o: Output) -> String {
        let human = format == .table || format == .markdown
        var isTable = false
        var body: String
        switch o {
        case .table(let t):
            isTable = true
            body = Rendering.render(t, as: format, grid: grid)
        case .value(let v, let f):
            body = Rendering.render(v, f, as: format)
        case .message(let text):
            body = text.hasSuffix("\n") ? text : text + "\n"
        }
        let gap = human && !first && (isTable || previousWasTable)
        first = false
        previousWasTable = isTable
        return (gap ? "\n" : "") + body
    }
}
