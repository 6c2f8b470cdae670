/// Tables written in HTML markup (`<table>` with `<caption>`, `<thead>`/`<tbody>`/`<tfoot>`,
/// `<tr>`, `<th>`/`<td>` with `colspan`/`rowspan`), and the prose of an HTML page turned into
/// plain lines (headings as `## …`, `<dt>`/`<dd>` pairs as `Label: value`) on the same line numbers.

/// One `<table>` of a document, by source line.
struct HTMLTable {
    var firstLine: Int          // the `<table` line (1-based)
    var lastLine: Int           // the `</table>` line
    var caption = ""
    var captionLines: [Int] = []
    var rows: [HTMLRow] = []
    /// `role="presentation"` (or `none`): the page says it lays out, not tabulates
    var presentation = false
}

struct HTMLRow {
    enum Part { case head, body, foot }
    var lines: [Int]            // the `<tr>` line first, then every other line of the row
    var cells: [HTMLCell]
    var part: Part
}

struct HTMLCell {
    var text: String
    var header: Bool
    var colspan: Int
    var rowspan: Int
    /// All its text is in `<b>` or `<strong>` (Word's header rows are written that way, without `<th>`).
    var bold = false
}

/// True when all the text of a cell's markup stands inside `<b>`/`<strong>` (and there is some).
func isBoldMarkup(_ s: Substring) -> Bool {
    guard s.contains("<b") || s.contains("<B") || s.contains("<strong") || s.contains("<STRONG") else { return false }
    var outside = "", inside = ""
    var depth = 0
    var i = s.startIndex
    while i < s.endIndex {
        if s[i] == "<", let t = tag(in: s, at: i) {
            switch t.name {
            case "b", "strong": depth += 1
            case "/b", "/strong": depth = max(0, depth - 1)
            default: if depth > 0 { inside += " " } else { outside += " " }
            }
            i = t.end
            continue
        }
        if depth > 0 { inside.append(s[i]) } else { outside.append(s[i]) }
        i = s.index(after: i)
    }
    return htmlText(Substring(outside)).isEmpty && !htmlText(Substring(inside)).isEmpty
}

/// True when a line holds `<table` (any case): the document may hold HTML tables.
func mayHoldHTMLTable(_ lines: [Substring]) -> Bool {
    for line in lines where line.utf8.contains(UInt8(ascii: "<")) {
        if line.contains("<table") || line.contains("<TABLE") || line.contains("<Table") { return true }
    }
    return false
}

/// The lines of an HTML document with every tag whose attributes run over several lines (as Word
/// writes `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0` and its `style='…'>` on
/// the next line) joined onto the line where it starts; the rest of the tag is taken off the lines
/// after it, so every line keeps its number.
func joiningTagsSplitOverLines(_ lines: [Substring]) -> [Substring] {
    var out = lines
    var k = 0
    while k < out.count {
        defer { k += 1 }
        let line = out[k]
        guard let lt = line.lastIndex(of: "<"), !line[lt...].contains(">") else { continue }
        let next = line.index(after: lt)
        guard next < line.endIndex, line[next].isLetter || line[next] == "/" else { continue }
        // the tag's end within the next few lines, with no other tag opened before it
        var pieces: [Substring] = []
        var j = k + 1
        var closed: (line: Int, end: String.Index)?
        while j < out.count, j <= k + 10 {
            let l = out[j]
            if let gt = l.firstIndex(of: ">") {
                if l[..<gt].contains("<") { break }
                closed = (j, l.index(after: gt))
                pieces.append(l[..<closed!.end])
                break
            }
            if l.contains("<") { break }
            pieces.append(l)
            j += 1
        }
        guard let c = closed else { continue }
        out[k] = Substring(String(line) + " " + pieces.map { trimPlanSpace($0) }.joined(separator: " "))
        for m in (k + 1)..<c.line { out[m] = "" }
        out[c.line] = out[c.line][c.end...]
        k = c.line - 1
    }
    return out
}

/// A whole HTML page (`<!DOCTYPE html>`, `<html>` at the top): its prose lines are markup too.
func isHTMLPage(_ lines: [Substring]) -> Bool {
    for line in lines.prefix(20) {
        let t = trimPlanSpace(line).lowercased()
        // blank lines, an XML declaration and comments come before the page
        if t.isEmpty || t.hasPrefix("<?xml") || (t.hasPrefix("<!--") && t.hasSuffix("-->")) { continue }
        return t.hasPrefix("<!doctype html") || t.hasPrefix("<html")
    }
    return false
}

/// A table of labelled values: a `<th>` (or bold) label and a `<td>` value on every row
/// (`<tr><th>Service</th><td>Leisure</td></tr>`), which holds no plan data.
func isLabelledValuesTable(_ t: HTMLTable) -> Bool {
    !t.rows.isEmpty && t.rows.allSatisfy { r in
        r.part == .body && r.cells.count == 2 && (r.cells[0].header || r.cells[0].bold) && !r.cells[1].header && !r.cells[1].bold
    }
}

/// A tag found by the scanner: its name in lower case (`tr`, `/tr`), its attributes, and the
/// byte range it occupies.
private struct Tag {
    var name: String
    var attributes: Substring
    var end: String.Index   // just after `>`
}

/// The tag starting at `i` (which holds `<`), if closed by `>` within 2,000 characters.
private func tag(in s: Substring, at i: String.Index) -> Tag? {
    var j = s.index(after: i)
    var name = ""
    while j < s.endIndex, name.count < 12 {
        let c = s[j]
        if c.isLetter || c.isNumber || (c == "/" && name.isEmpty) || (c == "!" && name.isEmpty) { name.append(c); j = s.index(after: j) } else { break }
    }
    guard !name.isEmpty, name != "/" else { return nil }
    let attrStart = j
    var n = 0
    while j < s.endIndex, n < 2000 {
        if s[j] == ">" { return Tag(name: name.lowercased(), attributes: s[attrStart..<j], end: s.index(after: j)) }
        j = s.index(after: j)
        n += 1
    }
    return nil
}

/// The value of an integer attribute (`colspan="2"`, `rowspan=3`), 1 when absent, at most 50.
private func spanAttribute(_ name: String, in attributes: Substring) -> Int {
    let lower = attributes.lowercased()
    guard let r = lower.firstRange(of: name + "=") else { return 1 }
    let digits = lower[r.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isNumber }
    return min(max(Int(digits) ?? 1, 1), 50)
}

/// Block-level tags whose boundary separates words (`<br>`, `<p>`, `<li>`, …).
private let wordBreakingTags: Set<String> = [
    "br", "p", "/p", "div", "/div", "li", "/li", "ul", "/ul", "ol", "/ol", "dd", "/dd", "dt", "/dt", "dl", "/dl",
    "h1", "/h1", "h2", "/h2", "h3", "/h3", "h4", "/h4", "h5", "/h5", "h6", "/h6", "td", "/td", "th", "/th", "tr", "/tr",
    "caption", "/caption", "hr", "section", "/section", "header", "/header", "footer", "/footer", "nav", "/nav",
]

/// The text of an HTML fragment: tags removed (a space for those that break words, `• ` for list
/// items), entities decoded, white space collapsed.
func htmlText(_ s: Substring) -> String {
    var out = ""
    var i = s.startIndex
    while i < s.endIndex {
        let c = s[i]
        if c == "<", let t = tag(in: s, at: i) {
            if t.name == "li" { out.append(" • ") } else if wordBreakingTags.contains(t.name) { out.append(" ") }
            i = t.end
            // a spreadsheet's cell comment (LibreOffice writes `<comment>…</comment>`, hidden by its
            // style sheet) is not printed: skip to its end (or the end of the text, so that the
            // search runs once when the comment is never closed)
            if t.name == "comment" {
                i = closingTag("/comment", in: s, from: i)
            }
            continue
        }
        if c == "&", let semi = s[i...].prefix(10).firstIndex(of: ";"), let decoded = decodeEntity(s[s.index(after: i)..<semi]) {
            out.append(decoded)
            i = s.index(after: semi)
            continue
        }
        out.append(c)
        i = s.index(after: i)
    }
    return collapseSpaces(out)
}

/// Where the closing tag `name` (`/comment`, any case) starts at or after `i`, else the end of `s`:
/// one pass over the characters it skips.
private func closingTag(_ name: String, in s: Substring, from i: String.Index) -> String.Index {
    var j = i
    while let lt = s[j...].firstIndex(of: "<") {
        if let t = tag(in: s, at: lt), t.name == name { return lt }
        j = s.index(after: lt)
    }
    return s.endIndex
}

/// The `<table>`s of a document. Linear in the document's length; a table left open ends at
/// the end of the document. A table inside another's cell is a table of its own; the table that
/// holds it is a layout table, not data, and is left out (its other text stays on its lines).
func findHTMLTables(_ lines: [Substring]) -> [HTMLTable] {
    var tables: [HTMLTable] = []
    var table: HTMLTable?
    var part = HTMLRow.Part.body
    var row: HTMLRow?
    var cell: (text: String, header: Bool, colspan: Int, rowspan: Int)?
    var caption: String?
    // the tables this one is nested in, each with the state it was left in, and whether it holds one
    var outer: [(table: HTMLTable, part: HTMLRow.Part, row: HTMLRow?, cell: (text: String, header: Bool, colspan: Int, rowspan: Int)?,
                 caption: String?, layout: Bool)] = []
    var layout = false
    var tooDeep = 0   // tables nested beyond 20 deep, read as text of the cell they stand in
    func closeCell() {
        if let c = cell, row != nil {
            row!.cells.append(HTMLCell(text: htmlText(Substring(c.text)), header: c.header, colspan: c.colspan, rowspan: c.rowspan,
                                       bold: isBoldMarkup(Substring(c.text))))
        }
        cell = nil
    }
    func closeRow(endingOn line: Int? = nil) {
        closeCell()
        if let line, let r = row, r.lines.last != line { row!.lines.append(line) }
        if let r = row { table?.rows.append(r) }
        row = nil
    }
    /// Ends the open table on `line` (kept unless it holds a nested table) and goes back to the
    /// table it is nested in, if any, as that was left.
    func closeTable(on line: Int) {
        closeRow()
        table!.lastLine = line
        // (a table marked `role="presentation"` lays a page out and holds no data, unless it has heading
        // cells: some pages mark their data tables so by mistake)
        if !layout, !table!.presentation || table!.rows.contains(where: { r in r.cells.contains { $0.header } }) { tables.append(table!) }
        caption = nil
        table = nil
        if let o = outer.popLast() {
            table = o.table
            part = o.part
            row = o.row
            cell = o.cell
            caption = o.caption
            layout = o.layout
        }
    }
    for (index, line) in lines.enumerated() {
        let lineNo = index + 1
        if table == nil, !line.utf8.contains(UInt8(ascii: "<")) { continue }
        var i = line.startIndex
        var textStart = i
        func keepText(upTo end: String.Index) {
            guard textStart < end else { return }
            if cell != nil { cell!.text += line[textStart..<end] } else if caption != nil { caption! += line[textStart..<end] }
        }
        while i < line.endIndex {
            guard line[i] == "<", let t = tag(in: line, at: i) else { i = line.index(after: i); continue }
            let name = t.name
            switch name {
            case "table":
                keepText(upTo: i)
                if let t = table {
                    guard outer.count < 20 else { tooDeep += 1; break }
                    outer.append((t, part, row, cell, caption, true))
                    row = nil
                    cell = nil
                    caption = nil
                }
                table = HTMLTable(firstLine: lineNo, lastLine: lineNo)
                let attributes = t.attributes.lowercased().replacing("'", with: "\"")
                table!.presentation = attributes.contains("role=\"presentation\"") || attributes.contains("role=\"none\"")
                    || attributes.contains("role=presentation") || attributes.contains("role=none")
                part = .body
                layout = false
            case "/table":
                keepText(upTo: i)
                if tooDeep > 0 {
                    tooDeep -= 1
                } else if table != nil {
                    closeTable(on: lineNo)
                }
            case "caption" where table != nil:
                keepText(upTo: i)
                caption = ""
                table!.captionLines.append(lineNo)
            case "/caption" where table != nil:
                keepText(upTo: i)
                if let c = caption { table!.caption = htmlText(Substring(c)) }
                if table!.captionLines.last != lineNo { table!.captionLines.append(lineNo) }
                caption = nil
            case "thead", "tbody", "tfoot", "/thead", "/tbody", "/tfoot":
                if table != nil {
                    keepText(upTo: i)
                    closeRow()
                    part = name == "thead" ? .head : name == "tfoot" ? .foot : .body
                }
            case "tr" where table != nil:
                keepText(upTo: i)
                closeRow()
                row = HTMLRow(lines: [lineNo], cells: [], part: part)
            case "/tr" where table != nil:
                keepText(upTo: i)
                closeRow(endingOn: lineNo)
            case "td", "th":
                if table != nil {
                    keepText(upTo: i)
                    closeCell()
                    if row == nil { row = HTMLRow(lines: [lineNo], cells: [], part: part) }
                    cell = ("", name == "th", spanAttribute("colspan", in: t.attributes), spanAttribute("rowspan", in: t.attributes))
                    i = t.end
                    textStart = i
                    continue
                }
            case "/td", "/th":
                if table != nil {
                    keepText(upTo: i)
                    closeCell()
                    i = t.end
                    textStart = i
                    continue
                }
            default:
                // any other tag stays in the cell's text, for `htmlText` to remove
                i = t.end
                continue
            }
            i = t.end
            textStart = i
        }
        if table != nil {
            keepText(upTo: line.endIndex)
            if cell != nil { cell!.text += " " } else if caption != nil { caption! += " " }
            if let r = row, r.lines.last != lineNo { row!.lines.append(lineNo) }
        }
    }
    // tables left open end at the end of the document
    while table != nil { closeTable(on: lines.count) }
    return tables.sorted { $0.firstLine < $1.firstLine }
}

/// The rows of an HTML table laid out on a grid: a cell spanning columns has its text in the
/// first and empty cells after it (in header rows, its text over every column it spans, so that
/// a heading over sub-headings joins each of them); a header cell spanning rows leaves the cells
/// below it empty, a body cell spanning rows (a theme merged over its rows) has its text in each
/// row it spans.
/// Columns of an HTML table beyond this many are left out.
let maxHTMLColumns = 200

func htmlGrid(_ rows: [HTMLRow], headerRows: Int) -> [[String]] {
    var grid: [[String]] = []
    var pending: [Int: (rows: Int, text: String)] = [:]   // column -> rows still covered from above, text filled down
    for (index, r) in rows.enumerated() {
        var out: [String] = []
        var col = 0
        func cover() {
            while let n = pending[col], col < maxHTMLColumns {
                out.append(n.text)
                pending[col] = n.rows > 1 ? (n.rows - 1, n.text) : nil
                col += 1
            }
        }
        for c in r.cells {
            cover()
            if col >= maxHTMLColumns { break }
            for k in 0..<min(c.colspan, maxHTMLColumns - col) {
                out.append(k == 0 || index < headerRows ? c.text : "")
                if c.rowspan > 1 { pending[col] = (c.rowspan - 1, k == 0 && index >= headerRows ? c.text : "") }
                col += 1
            }
        }
        cover()
        grid.append(out)
    }
    return grid
}

/// The prose lines of an HTML page as plain text on the same line numbers: `<h2>2. Budget</h2>`
/// as `## 2. Budget`, `<dt>Service</dt>` over `<dd>Leisure</dd>` as `Service: Leisure`, list items
/// as `- …`; the page's `<head>`, scripts and styles, and the lines of its tables, as blank lines.
func htmlPageLines(_ lines: [Substring], tables: [HTMLTable]) -> [Substring] {
    var out = lines
    var inTable = Array(repeating: false, count: lines.count)
    for t in tables {
        for l in t.firstLine...max(t.firstLine, t.lastLine) where l - 1 < lines.count { inTable[l - 1] = true; out[l - 1] = "" }
        // labelled values read as `Label: value` lines (`Service: Leisure & Culture` names the unit)
        if isLabelledValuesTable(t) {
            for r in t.rows where r.lines[0] - 1 < lines.count {
                out[r.lines[0] - 1] = Substring(r.cells[0].text + ": " + r.cells[1].text)
            }
        }
    }
    var skipUntil: String?
    var i = 0
    while i < lines.count {
        defer { i += 1 }
        if inTable[i] { continue }
        let t = trimPlanSpace(lines[i])
        let lower = t.lowercased()
        if let end = skipUntil {
            out[i] = ""
            if lower.contains(end) { skipUntil = nil }
            continue
        }
        for (open, close) in [("<head", "</head>"), ("<script", "</script>"), ("<style", "</style>")]
            where lower.hasPrefix(open) && !lower.hasPrefix("<header") {
            out[i] = ""
            if !lower.contains(close) { skipUntil = close }
        }
        if out[i].isEmpty { continue }
        // a heading (its element may run over the next lines, as Word writes a numbered heading),
        // also inside an anchor (`<A NAME="table0"><h1>Sheet 1: …</h1></A>`, as LibreOffice writes a sheet's name)
        var head = Substring(lower)
        while head.hasPrefix("<a ") || head.hasPrefix("<a>") || head.hasPrefix("<span"), let gt = head.firstIndex(of: ">") {
            head = head[head.index(after: gt)...].drop { $0 == " " }
        }
        if head.count >= 4, head.hasPrefix("<h"), let level = head.dropFirst(2).first?.wholeNumberValue, (1...6).contains(level) {
            var whole = String(t)
            let at = i
            if !lower.contains("</h\(level)") {
                var j = i + 1
                while j < lines.count, j <= i + 10, !inTable[j] {
                    whole += " " + lines[j]
                    if lines[j].lowercased().contains("</h\(level)") {
                        for m in (i + 1)...j { out[m] = "" }
                        i = j
                        break
                    }
                    j += 1
                }
            }
            let text = htmlText(Substring(whole))
            out[at] = text.isEmpty ? "" : Substring(String(repeating: "#", count: level) + " " + text)
            continue
        }
        // a term and its description: `<dt>Service</dt>` then `<dd>Leisure &amp; Culture</dd>`
        if lower.hasPrefix("<dt") {
            if lower.contains("<dd") {
                if let dd = t.firstRange(of: "<dd") ?? t.firstRange(of: "<DD") {
                    out[i] = Substring(htmlText(t[..<dd.lowerBound]) + ": " + htmlText(t[dd.lowerBound...]))
                }
                continue
            }
            var j = i + 1
            while j < lines.count, trimPlanSpace(lines[j]).isEmpty { j += 1 }
            if j < lines.count, !inTable[j], trimPlanSpace(lines[j]).lowercased().hasPrefix("<dd") {
                out[i] = Substring(htmlText(t) + ": " + htmlText(trimPlanSpace(lines[j])))
                out[j] = ""
                i = j
                continue
            }
        }
        // a paragraph whose element runs over the next lines, as Word wraps its HTML (`<p …><b>Service area:</b> Estates
        // and` over `Visitor Services</p>`): its text on its first line, so that a labelled value is read whole
        if lower.hasPrefix("<p>") || lower.hasPrefix("<p "), !lower.contains("</p"),
           let close = ((i + 1)..<min(lines.count, i + 11)).first(where: { inTable[$0] || lines[$0].lowercased().contains("</p") }),
           !inTable[close] {
            out[i] = Substring(htmlText(Substring(([t] + lines[(i + 1)...close]).joined(separator: " "))))
            for m in (i + 1)...close { out[m] = "" }
            i = close
            continue
        }
        if lower.hasPrefix("<li") {
            let text = htmlText(t)
            out[i] = text.isEmpty || text == "•" ? "" : Substring("- " + text.drop { $0 == "•" || $0 == " " })
            continue
        }
        out[i] = Substring(htmlText(t))
    }
    return out
}
