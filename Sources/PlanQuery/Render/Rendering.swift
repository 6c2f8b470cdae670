/// The output formats of the CLI and the REPL's `.mode`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, jsonl, markdown
    /// One field per line (`.mode line`), for long text.
    case line
}

public enum Rendering {
    /// Machine formats keep full precision and plain numbers; `table` and `markdown` are for people.
    public static func render(_ t: Table, as format: OutputFormat, grid: GridRenderer = GridRenderer()) -> String {
        switch format {
        case .table: return grid.render(t)
        case .line: return LineRenderer.render(t, nullText: grid.nullText)
        case .markdown: return MarkdownRenderer.render(t)
        case .csv: return TabularWriter.csv(t)
        case .tsv: return TabularWriter.tsv(t)
        case .json: return TabularWriter.json(t)
        case .jsonl: return TabularWriter.jsonl(t)
        }
    }

    public static func render(_ v: Value, _ f: ValueFormat, as format: OutputFormat) -> String {
        switch format {
        case .table, .markdown, .line: return Display.text(v, format: f) + "\n"
        case .json, .jsonl:
            var bytes: [UInt8] = []
            TabularWriter.appendJSON(v, to: &bytes)
            return String(decoding: bytes, as: UTF8.self) + "\n"
        case .csv, .tsv: return v.description + "\n"
        }
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
        let human = format == .table || format == .markdown || format == .line
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
