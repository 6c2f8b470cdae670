/// The text output formats of the CLI (`--format`) and the REPL's `.mode`. Binary formats
/// (PDF, Excel) are written by the CLI from these (PDF from `html`).
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, jsonl, markdown, html
    /// One field per line (`.mode line`), for long text.
    case line

    /// For people (report blocks are shown); the others are for machines.
    public var isForPeople: Bool { self == .table || self == .markdown || self == .html || self == .line }
}

package enum Rendering {
    /// Machine formats keep full precision and plain numbers; `table`, `markdown` and `html` are for people.
    package static func render(_ t: Table, as format: OutputFormat, grid: GridRenderer = GridRenderer()) -> String {
        switch format {
        case .table: return grid.render(t)
        case .line: return LineRenderer.render(t, nullText: grid.nullText)
        case .markdown: return MarkdownRenderer.render(t)
        case .html:
            var h = HTMLRenderer()
            h.add(.table(t))
            return h.finish()
        case .csv: return TabularWriter.csv(t)
        case .tsv: return TabularWriter.tsv(t)
        case .json: return TabularWriter.json(t)
        case .jsonl: return TabularWriter.jsonl(t)
        }
    }

    package static func render(_ v: Value, _ f: ValueFormat, as format: OutputFormat) -> String {
        switch format {
        case .table, .markdown, .html, .line: return (v.isNull ? "null" : Display.text(v, format: f)) + "\n"
        case .json, .jsonl:
            var bytes: [UInt8] = []
            TabularWriter.appendJSON(v, format: f, to: &bytes)
            return String(decoding: bytes, as: UTF8.self) + "\n"
        case .csv, .tsv:
            // A decimal as in a column: at its own scale, money with its pence.
            if case .decimal(let d) = v { return TabularWriter.machineText(d, format: f) + "\n" }
            return v.description + "\n"
        }
    }

    /// A whole script's outputs as one text (a file, a golden test).
    package static func render(_ outputs: [Output], as format: OutputFormat, grid: GridRenderer = GridRenderer(),
                              documentName: String = "planq report") -> String {
        var printer = OutputPrinter(format: format, grid: grid)
        printer.documentName = documentName
        var out = ""
        for o in outputs { out += printer.render(o) }
        return out + printer.finish()
    }
}

/// Turns a script's outputs into text in order, in any format: the terminal and Markdown
/// renderers print each output as it comes; HTML collects them and writes the page in
/// `finish()`; CSV/JSON print tables and values only (report prose would corrupt them).
package struct OutputPrinter: Sendable {
    package var format: OutputFormat
    package var terminal: TerminalRenderer
    package var markdown = MarkdownRenderer()
    package var documentName = "planq report"
    private var html: HTMLRenderer? = nil

    package init(format: OutputFormat, grid: GridRenderer = GridRenderer()) {
        self.format = format
        self.terminal = TerminalRenderer(grid: grid)
    }

    package var grid: GridRenderer {
        get { terminal.grid }
        set { terminal.grid = newValue }
    }

    package mutating func render(_ o: Output) -> String {
        switch format {
        case .table: return terminal.render(o)
        case .line:
            // Tables one field per line; everything else as the terminal shows it.
            if case .table(let t) = o { return terminal.render(.message(Rendering.render(t, as: .line, grid: grid))) }
            return terminal.render(o)
        case .markdown: return markdown.render(o)
        case .html:
            if html == nil { html = HTMLRenderer(documentName: documentName) }
            html!.add(o)
            return ""
        case .csv, .tsv, .json, .jsonl:
            switch o {
            case .table, .report(.table):
                guard let t = o.table else { return "" }
                return Rendering.render(t, as: format)
            case .value(let v, let f): return Rendering.render(v, f, as: format)
            case .message(let m): return m.hasSuffix("\n") ? m : m + "\n"
            case .report: return ""
            }
        }
    }

    /// What remains to print at the end of the script (the HTML page).
    package mutating func finish() -> String {
        guard format == .html else { return "" }
        var h = html ?? HTMLRenderer(documentName: documentName)
        html = nil
        return h.finish()
    }
}
