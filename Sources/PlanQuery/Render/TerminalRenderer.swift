/// Renders outputs for a terminal (or a plain-text pipe), one at a time as a script runs:
/// the title underlined, numbered section headings, paragraphs wrapped to the width, tables
/// as grids (report tables wrap long text instead of cutting it), charts in Unicode blocks,
/// notes and sources under what they qualify. Colour only when `grid.color` is set.
package struct TerminalRenderer: Sendable {
    package var grid: GridRenderer
    /// What to say under a plain query's table when columns did not fit (the REPL names `.last`).
    package var hiddenColumnsNote: @Sendable ([String], Int?) -> String = TerminalRenderer.defaultHiddenColumnsNote
    private var numbers = SectionNumbers()
    private var previous: Kind? = nil

    enum Kind { case table, value, message, heading, block, footnote }

    package init(grid: GridRenderer = GridRenderer()) {
        self.grid = grid
    }

    /// Paragraphs wrap here: the screen's width, at most 100 columns (longer lines are hard to read); 80 in a pipe.
    var textWidth: Int { min(grid.totalWidth ?? 80, 100) }
    var chartWidth: Int { min(grid.totalWidth ?? 80, 100) }

    package mutating func render(_ o: Output) -> String {
        let kind: Kind
        var body: String
        switch o {
        case .table(let t):
            kind = .table
            let (shown, hidden) = grid.fitColumns(t)
            body = grid.render(shown)
            if !hidden.isEmpty { body += hiddenColumnsNote(hidden, grid.totalWidth) }
        case .value(let v, let f):
            kind = .value
            body = (v.isNull ? "null" : Display.text(v, format: f)) + "\n"
        case .message(let text):
            kind = .message
            body = text.hasSuffix("\n") ? text : text + "\n"
        case .report(let block):
            guard let (k, text) = renderBlock(block) else { return "" }
            kind = k
            body = text
        }
        defer { previous = kind }
        guard let previous else { return body }
        return (TerminalRenderer.gap(after: previous, before: kind) ? "\n" : "") + body
    }

    /// A blank line between blocks, except between consecutive values or messages (a script
    /// printing a few numbers) and before a note or source, which sits under what it qualifies.
    static func gap(after previous: Kind, before next: Kind) -> Bool {
        switch (previous, next) {
        case (.value, .value), (.value, .message), (.message, .value), (.message, .message): return false
        case (.table, .footnote), (.block, .footnote), (.footnote, .footnote): return false
        default: return true
        }
    }

    private mutating func renderBlock(_ block: ReportBlock) -> (Kind, String)? {
        let color = grid.color
        func bold(_ s: String) -> String { color ? GridRenderer.bold + s + GridRenderer.reset : s }
        func dim(_ s: String) -> String { color ? GridRenderer.dim + s + GridRenderer.reset : s }
        switch block {
        case .title(let p):
            let text = p.plainText
            let lines = GridRenderer.wrapped(text, textWidth)
            let rule = String(repeating: "═", count: min(textWidth, lines.map(\.count).max() ?? 0))
            return (.heading, lines.map(bold).joined(separator: "\n") + "\n" + rule + "\n")
        case .beginSection(let p):
            let number = numbers.open()
            let text = number + "  " + paragraphText(p, color: color)
            let lines = GridRenderer.wrapped(text, textWidth)
            var out = lines.map(bold).joined(separator: "\n") + "\n"
            if numbers.depth == 1 { out += String(repeating: "─", count: min(textWidth, lines.map(\.count).max() ?? 0)) + "\n" }
            return (.heading, out)
        case .endSection:
            numbers.close()
            return nil
        case .text(let p):
            return (.block, wrap(paragraphText(p, color: color)))
        case .table(let r):
            var g = grid
            g.wrap = true
            // A report table is meant to be read in full: fit it to the screen, or to 100 columns in a file.
            g.totalWidth = grid.totalWidth ?? 100
            let (shown, hidden) = g.fitColumns(r.table)
            var out = ""
            if let caption = r.caption { out += wrap(paragraphText(caption, color: false)).split(separator: "\n").map { bold(String($0)) }.joined(separator: "\n") + "\n" }
            out += g.render(shown)
            if !hidden.isEmpty {
                out += dim("(\(hidden.count) column\(hidden.count == 1 ? "" : "s") did not fit the width: \(hidden.joined(separator: ", ")); the HTML or Markdown output shows every column)") + "\n"
            }
            return (.table, out)
        case .chart(let c):
            let title = wrap(c.title.plainText).split(separator: "\n").map { bold(String($0)) }.joined(separator: "\n") + "\n"
            return (.table, title + TextCharts.render(c, width: chartWidth, color: color))
        case .note(let p):
            return (.footnote, dim(wrap("Note: " + paragraphText(p, color: false))))
        case .source(let p):
            return (.footnote, dim(wrap("Source: " + paragraphText(p, color: false))))
        case .pageBreak:
            return nil
        }
    }

    func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            GridRenderer.wrapped(String(line), textWidth).joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// A paragraph's text; badges keep their symbol and word (colour would break wrapping widths).
    func paragraphText(_ p: Paragraph, color: Bool) -> String { p.plainText }

    package static let defaultHiddenColumnsNote: @Sendable ([String], Int?) -> String = { hidden, width in
        var note = "… \(hidden.count) more column\(hidden.count == 1 ? "" : "s"): " + hidden.joined(separator: ", ")
        if let width, width >= 40, note.count > width { note = String(note.prefix(width - 1)) + "…" }
        return note + "\n"
    }
}

/// `1`, `1.1`, `1.2`, `2`: numbers for nested sections, the same in every renderer.
struct SectionNumbers: Sendable {
    private var counters: [Int] = []
    private var nextAtDepth: [Int] = [0]

    var depth: Int { counters.count }

    mutating func open() -> String {
        let level = counters.count
        if nextAtDepth.count <= level { nextAtDepth.append(0) }
        nextAtDepth[level] += 1
        counters.append(nextAtDepth[level])
        if nextAtDepth.count > level + 1 { nextAtDepth[level + 1] = 0 } else { nextAtDepth.append(0) }
        return counters.map(String.init).joined(separator: ".")
    }

    mutating func close() {
        if !counters.isEmpty { counters.removeLast() }
    }
}
