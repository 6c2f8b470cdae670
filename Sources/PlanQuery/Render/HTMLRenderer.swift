/// Renders a whole report as one standalone HTML page: no external files, fonts or scripts,
/// a stylesheet for screen and print (A4, page breaks, table headers repeated on each page),
/// a table of contents for reports with several sections, tables with styled subtotal and
/// total rows and RAG badges, and charts as inline SVG with accessible titles.
package struct HTMLRenderer: Sendable {
    /// Used for `<title>` when the report has no `title` statement.
    package var documentName: String
    /// A table of contents is shown from this many sections up.
    package var contentsFrom = 3
    private var builder = DocumentBuilder()
    private var chartCount = 0

    package init(documentName: String = "planq report") {
        self.documentName = documentName
    }

    /// Collects one output; the page is written by `finish()`.
    package mutating func add(_ o: Output) { builder.add(o) }

    package mutating func finish() -> String {
        let doc = builder.finish()
        builder = DocumentBuilder()
        return render(doc)
    }

    /// The page for a whole document.
    package mutating func render(_ doc: Document) -> String {
        chartCount = 0
        let title = doc.title?.plainText ?? doc.sections.first?.heading.plainText ?? documentName
        var out = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="planq">
            <title>\(HTMLRenderer.escape(title))</title>
            <style>
            \(HTMLRenderer.stylesheet)</style>
            </head>
            <body>
            <main>

            """
        if let t = doc.title { out += "<h1>" + HTMLRenderer.inline(t) + "</h1>\n" }
        let sections = doc.sections
        if sections.count >= contentsFrom {
            out += "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">Contents</h2>\n"
            out += contents(doc.nodes, numbers: [])
            out += "</nav>\n"
        }
        out += nodes(doc.nodes, numbers: [])
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func contents(_ nodes: [Document.Node], numbers: [Int]) -> String {
        var items = ""
        var k = 0
        for case .section(let s) in nodes {
            k += 1
            let number = (numbers + [k]).map(String.init).joined(separator: ".")
            items += "<li><a href=\"#\(s.id)\"><span class=\"num\">\(number)</span> \(HTMLRenderer.inline(s.heading))</a>"
            let sub = contents(s.children, numbers: numbers + [k])
            items += sub.isEmpty ? "</li>\n" : "\n" + sub + "</li>\n"
        }
        return items.isEmpty ? "" : "<ol>\n" + items + "</ol>\n"
    }

    private mutating func nodes(_ nodes: [Document.Node], numbers: [Int]) -> String {
        var out = ""
        var k = 0
        for n in nodes {
            switch n {
            case .section(let s):
                k += 1
                let number = (numbers + [k]).map(String.init).joined(separator: ".")
                let h = min(6, s.level + 1)
                out += "<section id=\"\(s.id)\">\n<h\(h)><span class=\"num\">\(number)</span> \(HTMLRenderer.inline(s.heading))</h\(h)>\n"
                out += self.nodes(s.children, numbers: numbers + [k])
                out += "</section>\n"
            case .output(let o):
                out += output(o)
            }
        }
        return out
    }

    private mutating func output(_ o: Output) -> String {
        switch o {
        case .table(let t): return HTMLRenderer.table(t, caption: nil)
        case .value(let v, let f): return "<p>" + HTMLRenderer.inline(Paragraph([.value(v, f)])) + "</p>\n"
        case .message(let m): return "<pre>" + HTMLRenderer.escape(m) + "</pre>\n"
        case .report(let b):
            switch b {
            case .title(let p): return "<h1>" + HTMLRenderer.inline(p) + "</h1>\n"
            case .beginSection, .endSection: return ""  // the builder made them sections
            case .text(let p): return "<p>" + HTMLRenderer.inline(p) + "</p>\n"
            case .table(let r): return HTMLRenderer.table(r.table, caption: r.caption)
            case .chart(let c):
                chartCount += 1
                return "<figure class=\"chart\">\n<figcaption>" + HTMLRenderer.inline(c.title) + "</figcaption>\n"
                    + SVGCharts.render(c, id: "chart\(chartCount)") + "\n</figure>\n"
            case .note(let p): return "<p class=\"note\"><span class=\"label\">Note:</span> " + HTMLRenderer.inline(p) + "</p>\n"
            case .source(let p): return "<p class=\"source\"><span class=\"label\">Source:</span> " + HTMLRenderer.inline(p) + "</p>\n"
            case .pageBreak: return "<div class=\"page-break\"></div>\n"
            }
        }
    }

    // MARK: pieces

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab/newline are not allowed in HTML text.
                if ch.value < 0x20 && ch != "\n" && ch != "\t" { out += "\u{FFFD}" } else { out.unicodeScalars.append(ch) }
            }
        }
        return out
    }

    static func badge(_ b: Badge) -> String {
        "<span class=\"badge \(b.level.rawValue)\"><span aria-hidden=\"true\">\(b.symbol)</span> \(escape(b.label))</span>"
    }

    static func inline(_ p: Paragraph) -> String {
        p.pieces.map { piece -> String in
            switch piece {
            case .text(let s): return escape(s)
            case .value(let v, let f):
                if v.isNull { return "<span class=\"null\">null</span>" }
                if let b = Badge.of(v, format: f) { return badge(b) }
                return "<span class=\"value\">" + escape(Display.text(v, format: f)) + "</span>"
            }
        }.joined()
    }

    static func table(_ t: Table, caption: Paragraph?) -> String {
        let cells = TableCells(t, nullText: "")
        var out = "<div class=\"table-wrap\">\n<table>\n"
        if let caption { out += "<caption>" + inline(caption) + "</caption>\n" }
        func alignClass(_ c: Int) -> String {
            switch cells.alignments[c] {
            case .right: return cells.numeric[c] ? " class=\"num\"" : " class=\"right\""
            case .centre: return " class=\"centre\""
            case .left: return ""
            }
        }
        out += "<thead><tr>" + cells.headers.indices.map { "<th scope=\"col\"\(alignClass($0))>\(escape(cells.headers[$0]))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for r in 0..<cells.rowCount {
            switch cells.roles[r] {
            case .detail: out += "<tr>"
            case .subtotal: out += "<tr class=\"subtotal\">"
            case .total: out += "<tr class=\"total\">"
            }
            for c in cells.headers.indices {
                let tag = c == 0 ? "th scope=\"row\"" : "td"
                let close = c == 0 ? "th" : "td"
                var content: String
                if cells.nulls[r][c] {
                    content = ""
                } else if let b = cells.badges[r][c] {
                    content = badge(b)
                } else if let series = cells.sparklines[c]?[r] {
                    content = SVGCharts.sparkline(series, title: "\(cells.headers[c]): " + cells.rows[r][c] + " (" + series.map { Display.text(.float($0), format: .plain) }.joined(separator: ", ") + ")")
                } else {
                    content = escape(cells.rows[r][c])
                    // Figure spaces (the width of a digit) line up the decimal points.
                    if cells.tailPadding[r][c] > 0 { content += String(repeating: "\u{2007}", count: cells.tailPadding[r][c]) }
                }
                out += "<\(tag)\(alignClass(c))>\(content)</\(close)>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n"
    }

    /// One stylesheet for screen and print; system fonts only (nothing to fetch).
    static let stylesheet = """
        :root { color-scheme: light; --text: #0b0c0c; --muted: #505a5f; --rule: #b1b4b6; --faint: #f3f2f1; --link: #1d70b8; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--text); background: #fff; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1.5rem; padding-bottom: .5rem; border-bottom: 3px solid var(--text); }
        h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1.2rem; margin: 2rem 0 .75rem; }
        h4, h5, h6 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
        h2 .num, h3 .num, h4 .num, h5 .num, h6 .num { color: var(--muted); margin-right: .35em; }
        p { margin: 0 0 1rem; max-width: 46rem; }
        nav.toc { background: var(--faint); padding: 1rem 1.25rem; margin: 0 0 2rem; }
        nav.toc h2 { font-size: 1.1rem; margin: 0 0 .5rem; border: 0; padding: 0; }
        nav.toc ol { list-style: none; margin: 0; padding-left: 0; }
        nav.toc ol ol { padding-left: 1.5rem; }
        nav.toc li { margin: .15rem 0; }
        nav.toc a { color: var(--link); }
        nav.toc .num { display: inline-block; min-width: 2.2em; color: var(--muted); }
        .table-wrap { overflow-x: auto; margin: 0 0 1rem; }
        table { border-collapse: collapse; font-size: .9rem; font-variant-numeric: tabular-nums lining-nums; }
        caption { text-align: left; font-weight: 700; padding: 0 0 .4rem; }
        th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
        thead th { border-bottom: 2px solid var(--text); vertical-align: bottom; }
        tbody th { font-weight: 400; }
        .num { text-align: right; white-space: nowrap; }
        .right { text-align: right; }
        .centre { text-align: center; }
        tr.subtotal th, tr.subtotal td { font-weight: 700; background: var(--faint); }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--text); border-bottom: 3px double var(--text); }
        .badge { display: inline-block; padding: 0 .45em; border-radius: 3px; font-weight: 700; font-size: .85em; white-space: nowrap; color: #fff; }
        .badge.red { background: #d4351c; }
        .badge.amber { background: #f47738; color: #0b0c0c; }
        .badge.green { background: #00703c; }
        .badge.up { background: none; color: #00703c; padding: 0; }
        .badge.down { background: none; color: #d4351c; padding: 0; }
        .badge.same { background: none; color: var(--muted); padding: 0; }
        .null { color: var(--muted); }
        figure { margin: 0 0 1.5rem; }
        figure.chart svg { max-width: 100%; height: auto; }
        figcaption { font-weight: 700; margin-bottom: .4rem; }
        .note, .source { font-size: .875rem; color: var(--muted); margin-top: -.5rem; }
        .note .label, .source .label { font-weight: 700; }
        svg.spark { vertical-align: middle; }
        @media print {
          @page { size: A4; margin: 16mm 14mm 18mm; }
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 20pt; }
          h2 { font-size: 14pt; }
          h3 { font-size: 12pt; }
          h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; }
          nav.toc { break-after: page; page-break-after: always; }
          nav.toc a { color: inherit; text-decoration: none; }
          .table-wrap { overflow: visible; }
          table { font-size: 8.5pt; }
          thead { display: table-header-group; }
          tr, figure { break-inside: avoid; page-break-inside: avoid; }
          .page-break { break-after: page; page-break-after: always; }
          .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          tr.subtotal th, tr.subtotal td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }

        """
}
