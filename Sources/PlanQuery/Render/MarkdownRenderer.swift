/// Renders outputs as GitHub-flavoured Markdown: `#` headings (sections numbered as in the
/// other renderers), paragraphs, pipe tables (numbers right-aligned, total rows in bold,
/// RAG and direction badges as an emoji-free symbol and word), charts as fenced text blocks
/// drawn with Unicode blocks, notes and sources in italics.
package struct MarkdownRenderer: Sendable {
    private var numbers = SectionNumbers()
    private var first = true
    package var nullText = ""

    package init() {}

    /// One table on its own (for `--format markdown` of a query, and `.mode markdown`).
    package static func render(_ t: Table) -> String { table(t, nullText: "") }

    package mutating func render(_ o: Output) -> String {
        var body: String
        switch o {
        case .table(let t): body = MarkdownRenderer.table(t, nullText: nullText)
        case .value(let v, let f): body = MarkdownRenderer.escape(v.isNull ? "null" : Display.text(v, format: f)) + "\n"
        case .message(let text): body = text.hasSuffix("\n") ? text : text + "\n"
        case .report(let block):
            guard let b = renderBlock(block) else { return "" }
            body = b
        }
        defer { first = false }
        return (first ? "" : "\n") + body
    }

    private mutating func renderBlock(_ block: ReportBlock) -> String? {
        switch block {
        case .title(let p):
            return "# " + MarkdownRenderer.inline(p) + "\n"
        case .beginSection(let p):
            let number = numbers.open()
            return String(repeating: "#", count: min(6, numbers.depth + 1)) + " " + number + " " + MarkdownRenderer.inline(p) + "\n"
        case .endSection:
            numbers.close()
            return nil
        case .text(let p):
            return MarkdownRenderer.inline(p) + "\n"
        case .table(let r):
            var out = ""
            if let c = r.caption { out += "**" + MarkdownRenderer.inline(c) + "**\n\n" }
            return out + MarkdownRenderer.table(r.table, nullText: nullText)
        case .chart(let c):
            // A fenced block keeps the Unicode chart readable on GitHub and in any editor.
            return "**" + MarkdownRenderer.escape(c.title.plainText) + "**\n\n```text\n" + TextCharts.render(c, width: 80, color: false) + "```\n"
        case .note(let p):
            return "_Note: " + MarkdownRenderer.inline(p) + "_\n"
        case .source(let p):
            return "_Source: " + MarkdownRenderer.inline(p) + "_\n"
        case .pageBreak:
            return "<!-- page break -->\n"
        }
    }

    static func inline(_ p: Paragraph) -> String {
        p.pieces.map { piece -> String in
            switch piece {
            case .text(let s): return escape(s)
            case .value(let v, let f):
                if v.isNull { return "null" }
                return escape(Display.text(v, format: f))
            }
        }.joined()
    }

    /// Escapes the characters that would start Markdown syntax inside running text.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "\\", "*", "_", "`", "<", "[", "]", "|": out.append("\\"); out.append(ch)
            case "\n": out += "<br>"
            default: out.append(ch)
            }
        }
        return out
    }

    static func table(_ t: Table, nullText: String) -> String {
        let cells = TableCells(t, nullText: nullText)
        func row(_ values: [String]) -> String { "| " + values.joined(separator: " | ") + " |\n" }
        var out = row(cells.headers.map(escape))
        out += "|" + cells.alignments.map { a -> String in
            switch a {
            case .right: return "---:|"
            case .centre: return ":---:|"
            case .left: return "---|"
            }
        }.joined() + "\n"
        for r in 0..<cells.rowCount {
            let strong = cells.roles[r] != .detail
            out += row(cells.rows[r].indices.map { c in
                var s = cells.nulls[r][c] ? nullText : escape(cells.rows[r][c])
                if strong, !s.isEmpty { s = "**" + s + "**" }
                return s
            })
        }
        return out
    }
}
