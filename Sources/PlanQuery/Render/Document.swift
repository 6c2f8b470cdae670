/// The document model: what a script produces, in order, and the tree a whole report forms.
///
/// A script runs statement by statement and hands each result to its host as an `Output`
/// as soon as it exists (so the REPL prints while a long report is still running). Report
/// statements (`title`, `section` … `end`, `text`, `table`, `chart`, `note`, `source`,
/// `pagebreak`) arrive as `.report` blocks; a section is a begin/end pair of events.
/// `Document` collects the events into a tree for renderers that need the whole report at
/// once (HTML's table of contents). Renderers never switch over hosts' code: every host
/// prints through `OutputPrinter` or renders a `Document`.

/// What a statement produced.
public enum Output: Sendable {
    /// A query's result.
    case table(Table)
    case value(Value, ValueFormat)
    /// Text for people: help entries, notes.
    case message(String)
    /// A report statement's block.
    case report(ReportBlock)

    /// The table this output carries (a query's result or a report `table`), if any.
    public var table: Table? {
        switch self {
        case .table(let t): return t
        case .report(.table(let r)): return r.table
        default: return nil
        }
    }
}

/// One block of a report.
public enum ReportBlock: Sendable {
    /// The report's title (the first heading; HTML's `<title>`).
    case title(Paragraph)
    /// Opens a section, nested in any section still open; `endSection` closes it.
    case beginSection(Paragraph)
    case endSection
    case text(Paragraph)
    case table(ReportTable)
    case chart(Chart)
    /// A footnote-like remark under what it qualifies.
    case note(Paragraph)
    /// Where figures came from (documents and lines).
    case source(Paragraph)
    /// Starts a new page when printed (PDF); nothing on screen.
    case pageBreak
}

/// Text with values in it: `"{n} indicators are off target"` after interpolation. Values keep
/// their format so each renderer shows them its way (a RAG value is a badge in HTML).
public struct Paragraph: Sendable, Hashable {
    public enum Piece: Sendable, Hashable {
        case text(String)
        case value(Value, ValueFormat)
    }
    public var pieces: [Piece]

    public init(_ pieces: [Piece]) { self.pieces = pieces }
    public init(_ text: String) { self.pieces = [.text(text)] }

    /// The paragraph as plain text (values in their display form).
    public var plainText: String {
        pieces.map { piece -> String in
            switch piece {
            case .text(let s): return s
            case .value(let v, let f): return v.isNull ? "null" : Display.text(v, format: f)
            }
        }.joined()
    }
}

/// A table in a report: the data, a caption, and how its columns and rows are shown
/// (formats travel in the schema; total rows in `Table.rowRoles`).
public struct ReportTable: Sendable {
    public var caption: Paragraph?
    public var table: Table

    public init(caption: Paragraph? = nil, table: Table) {
        self.caption = caption
        self.table = table
    }
}

/// A chart over a query's result: the first column labels the bars or points, the other
/// numeric columns are the series.
public struct Chart: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// One bar per row (one series), or grouped bars per row (several series).
        case bar
        /// One bar per row, its series stacked.
        case stacked
        /// One line per series over the rows (financial years, months).
        case line
    }
    public var kind: Kind
    public var title: Paragraph
    public var labels: [String]
    public var series: [Series]

    public struct Series: Sendable {
        public var name: String
        public var values: [Double?]
        /// The column's format, for axis and value labels.
        public var format: ValueFormat
        /// Values as people read them (`£1,639.8k`).
        public var texts: [String]
    }

    public init(kind: Kind, title: Paragraph, labels: [String], series: [Series]) {
        self.kind = kind
        self.title = title
        self.labels = labels
        self.series = series
    }

    /// Builds a chart from a table: the first column labels, numeric columns as series.
    /// nil with a reason when the table cannot be charted.
    public static func from(_ t: Table, kind: Kind, title: Paragraph) -> Result<Chart, ChartError> {
        guard t.schema.count >= 2 else {
            return .failure(ChartError(message: "a chart needs a label column and at least one numeric column; this query has \(t.schema.count) column\(t.schema.count == 1 ? "" : "s")"))
        }
        let labelColumn = t.columns[0]
        let labels = (0..<t.rowCount).map { r -> String in
            let v = labelColumn[r]
            return v.isNull ? "∅" : Display.text(v, format: t.schema[0].format)
        }
        var series: [Series] = []
        for c in 1..<t.schema.count where t.schema[c].type.isNumeric || t.schema[c].type == .null {
            let col = t.columns[c]
            let f = t.schema[c].format
            let values = (0..<t.rowCount).map { col[$0].doubleValue }
            let places = Display.columnPlaces((0..<t.rowCount).lazy.map { col[$0] }, format: f)
            let texts = (0..<t.rowCount).map { r -> String in
                let v = col[r]
                return v.isNull ? "" : Display.text(v, format: f, places: places)
            }
            series.append(Series(name: t.schema[c].name, values: values, format: f, texts: texts))
        }
        if series.isEmpty {
            let found = t.schema.dropFirst().map { "\($0.name) (\($0.type.displayName))" }.joined(separator: ", ")
            return .failure(ChartError(message: "a chart needs numeric columns after the label column; found \(found)"))
        }
        if t.rowCount > 200 {
            return .failure(ChartError(message: "a chart of \(t.rowCount) rows cannot be read; `take` or `summarize` to 200 or fewer"))
        }
        return .success(Chart(kind: kind, title: title, labels: labels, series: series))
    }

    public struct ChartError: Error, Sendable { public var message: String }

    /// The format for a stack's total: the first series' meaning, with as many places as its values show.
    var totalFormat: ValueFormat {
        var f = series.first?.format.meaning ?? .plain
        let places = series.flatMap(\.texts).map { t -> Int in
            guard let dot = t.lastIndex(of: ".") else { return 0 }
            return t[t.index(after: dot)...].prefix(while: \.isNumber).count
        }.max() ?? 0
        f.style = DisplayStyle(places: places)
        return f
    }
}

/// A whole report as a tree: sections hold their blocks. Built from the outputs in order.
public struct Document: Sendable {
    public indirect enum Node: Sendable {
        case output(Output)
        case section(Section)
    }
    public struct Section: Sendable {
        public var heading: Paragraph
        /// 1 for a top-level section.
        public var level: Int
        /// A stable anchor for links (`budget-by-directorate`).
        public var id: String
        public var children: [Node]
    }

    public var title: Paragraph?
    public var nodes: [Node] = []

    public init() {}

    /// Every section, depth first (a table of contents).
    public var sections: [Section] {
        var out: [Section] = []
        func walk(_ nodes: [Node]) {
            for n in nodes { if case .section(let s) = n { out.append(s); walk(s.children) } }
        }
        walk(nodes)
        return out
    }
}

/// Collects outputs into a `Document`. Sections still open at the end are closed there.
public struct DocumentBuilder: Sendable {
    private var stack: [Document.Section] = []
    private var document = Document()
    private var usedIds: Set<String> = []

    public init() {}

    public mutating func add(_ o: Output) {
        switch o {
        case .report(.title(let p)) where document.title == nil:
            document.title = p
        case .report(.beginSection(let heading)):
            stack.append(Document.Section(heading: heading, level: stack.count + 1, id: uniqueId(heading.plainText), children: []))
        case .report(.endSection):
            guard let s = stack.popLast() else { return }
            append(.section(s))
        default:
            append(.output(o))
        }
    }

    /// The number of sections still open.
    public var openSections: Int { stack.count }

    public mutating func finish() -> Document {
        while let s = stack.popLast() { append(.section(s)) }
        return document
    }

    private mutating func append(_ n: Document.Node) {
        if stack.isEmpty { document.nodes.append(n) } else { stack[stack.count - 1].children.append(n) }
    }

    private mutating func uniqueId(_ text: String) -> String {
        var slug = ""
        for ch in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(ch) || ("0"..."9").contains(ch) { slug.unicodeScalars.append(ch) }
            else if !slug.isEmpty, !slug.hasSuffix("-") { slug += "-" }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "section" }
        var id = slug
        var n = 2
        while usedIds.contains(id) { id = slug + "-\(n)"; n += 1 }
        usedIds.insert(id)
        return id
    }
}
