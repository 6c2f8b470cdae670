/// Signs, in a table as read, that the reading may be wrong.
///
/// The importer reads layouts by rules, and on a paper unlike those it was built on a rule can
/// misfire: a heading put over the wrong column, a wrapped label made a row of its own, a column
/// of figures split in two. Such a table looks like any other once read, so a wrong answer drawn
/// from it would be silent. These checks look at the table and the lines it was read from, not at
/// how it was read, and name what looks wrong; the import listing shows them and loading the
/// table warns of them (docs/importer-accuracy.md measures how many wrong cells they catch).
package enum TableDoubt: String, Sendable, CaseIterable, Equatable {
    /// No header row was found: the columns are named `column N`.
    case headerLost = "no header"
    /// A column holds values but has no heading (beyond the first, which often heads row labels).
    case unheadedColumn = "a column without a heading"
    /// Two columns have the same heading, so one of them is not what it says.
    case repeatedHeading = "two columns with one heading"
    /// A printed total differs from the sum of the rows it closes in some column of figures.
    case totalDoesNotAdd = "a total that does not add up"
    /// A cell holds two figures one space apart: two columns read as one.
    case figuresInOneCell = "two figures in one cell"
    /// A row holds only a fragment of text that goes on from the row above (it starts in lower
    /// case): a wrapped label read as a row.
    case fragmentRow = "a row that is a fragment of the one above"
    /// Words printed on the table's lines are in no cell and no heading.
    case textLeftOut = "text on the table's lines in no cell"
    /// A line of words alone that starts with a capital was joined to the row above: it may be a
    /// row, or a group name, of its own.
    case capitalLineJoined = "a line joined to the row above that may be a row of its own"
    /// The section heading the table is filed under still holds markup.
    case sectionMarkup = "markup in the section heading"
    /// A heading is a figure (`2,871`): the first row of figures was taken for the header.
    case figureAsHeading = "a figure read as a heading"
    /// The table next to it in the same section has its width and no header of its own (or this
    /// one's header again): the two may be one table split where the reading lost the thread,
    /// often at a page break.
    case maySplitFromNeighbour = "may be one table with the one next to it"
    /// A heading printed as a sentence (nine words or more in one header cell) on a table beside
    /// another of its width in the same section: a row of the body was taken for the header where
    /// the reading cut a table into pieces (a long heading alone is common: `What we want to find
    /// out and how we will use the information`).
    case sentenceAsHeading = "a heading that reads as a row's text"
    /// In rows led by codes (`M1.2`, `A4`), a row of words with no code and no total: the wrapped
    /// lines of the coded row above read as a row of their own.
    case rowWithoutCode = "a row without a code among coded rows"
}

/// The doubts about `table`, read from `lines` (the document's lines, 1-based as the table's); `typedToTabStops`
/// holds the lines (0-based) of tables typed with TABs as tab stops, whose cells their columns place.
func tableDoubts(_ table: ExtractedTable, lines: [Substring], typedToTabStops: Set<Int> = []) -> [TableDoubt] {
    var doubts: [TableDoubt] = []
    if table.headerLost { doubts.append(.headerLost) }
    if !table.headerLost, table.header.contains(where: { h in
        canonicalNumber(h) != nil && h.contains(where: \.isNumber) && !isYearHeading(Substring(h))
    }) { doubts.append(.figureAsHeading) }
    let width = table.header.count
    let rows = table.rows.map { $0.cells }
    func filled(_ c: Int) -> Bool { rows.contains { c < $0.count && !$0[c].isEmpty } }
    if !table.headerLost {
        if (1..<max(width, 1)).contains(where: { table.header[$0].isEmpty && filled($0) }) { doubts.append(.unheadedColumn) }
        let keys = table.header.map { collapseSpaces($0).lowercased() }.filter { !$0.isEmpty }
        if Set(keys).count < keys.count { doubts.append(.repeatedHeading) }
    }
    if totalsDisagree(rows, header: table.header) { doubts.append(.totalDoesNotAdd) }
    if rows.contains(where: { $0.contains(where: holdsTwoFigures) }) { doubts.append(.figuresInOneCell) }
    if rows.dropFirst().contains(where: isFragment) { doubts.append(.fragmentRow) }
    if hasRowWithoutCode(rows) { doubts.append(.rowWithoutCode) }
    if table.encoding == .spaces || table.encoding == .tab {
        if leavesTextOut(table, lines: lines) { doubts.append(.textLeftOut) }
        if table.encoding == .tab, joinsACapitalLine(table, lines: lines, typedToTabStops: typedToTabStops) { doubts.append(.capitalLineJoined) }
    }
    if ["{#", "**", "<", "](", "\\"].contains(where: table.section.contains) { doubts.append(.sectionMarkup) }
    return doubts
}

/// Two or more figures one space apart (`1,204 1,310`), each a number on its own.
private func holdsTwoFigures(_ cell: String) -> Bool {
    let words = cell.split(separator: " ")
    guard words.count >= 2, words.count <= 6 else { return false }
    // (a count with its share, `206 (88.0%)`, is one cell)
    if words.count == 2, words[1].hasPrefix("("), words[1].hasSuffix("%)") { return false }
    return words.allSatisfy { w in w.contains(where: \.isNumber) && canonicalNumber(String(w)) != nil }
}

/// Rows led by codes in their first cell (three or more, and most rows of two cells or more), with a
/// row among them whose first cell is empty and whose other cells hold words, no figure and no total
/// (a row of figures without a code is a total or a sum, `Net cost of waste management`).
private func hasRowWithoutCode(_ rows: [[String]]) -> Bool {
    let whole = rows.filter { $0.filter { !$0.isEmpty }.count >= 2 }
    let coded = whole.filter { $0.first.map(isCodeLike) ?? false }.count
    guard coded >= 3, coded * 2 > whole.count else { return false }
    return whole.contains { r in
        (r.first?.isEmpty ?? false) && !r.contains(where: { isTotalRowLabel($0) })
            && r.allSatisfy { c in c.isEmpty || canonicalNumber(c) == nil }
    }
}

/// A row with one cell of text that starts in lower case (`payment`, `and support`), as the tail
/// of a label wrapped onto a line of its own.
private func isFragment(_ cells: [String]) -> Bool {
    let full = cells.filter { !$0.isEmpty }
    guard full.count == 1, let first = full[0].first else { return false }
    return first.isLowercase && canonicalNumber(full[0]) == nil
}

/// A total row (`Total`, `Net total`, `Subtotal`) whose figure in some column is the sum of no run
/// of the rows right above it (the rows of its group, of the table so far, or the subtotals above
/// it), sign aside: income is often printed positive in its lines and bracketed in its total.
/// Columns headed as percentages or rates are not summed, and a column is judged only where the
/// rows it would sum hold plain figures. (Figures are compared as floating point with a rounding
/// slack: this is a check, not a sum anyone reads.)
private func totalsDisagree(_ rows: [[String]], header: [String]) -> Bool {
    func number(_ s: String) -> Double? {
        guard !s.isEmpty, !s.contains("%"), let n = canonicalNumber(s) else { return nil }
        return Double(n.value)
    }
    func isBlankish(_ s: String) -> Bool { s.isEmpty || s == "-" || s == "–" || s == "—" }
    func isRate(_ heading: String) -> Bool {
        let h = heading.lowercased()
        return h.contains("%") || h.contains("per cent") || h.contains("rate") || h.contains("average")
            || h.contains(" per ") || h.hasPrefix("per ") || h.contains("ratio")
    }
    let labels = rows.map { r in r.first(where: { !$0.isEmpty && canonicalNumber($0) == nil }) ?? "" }
    // (a line of an accounting statement marked with its sign, `(+) Total other receipts`, is a line)
    let isTotal = labels.map { !$0.isEmpty && isTotalRowLabel($0) && !["(+)", "(-)", "(=)"].contains(where: $0.hasPrefix) }
    // a column of box numbers or codes (`1`, `2`, `3` or `4,000`, `4,010`) rises row by row: no sums
    guard isTotal.contains(true) else { return false }
    let width = rows.map(\.count).max() ?? 0
    let numbering = (0..<width).map { c -> Bool in
        let values = rows.indices.compactMap { k in c < rows[k].count ? number(rows[k][c]) : nil }
        return values.count >= 3 && zip(values, values.dropFirst()).allSatisfy { $0 < $1 && $0 == $0.rounded() }
    }
    for k in rows.indices where isTotal[k] {
        for c in rows[k].indices where !(c < header.count && isRate(header[c])) && !numbering[c] {
            guard let total = number(rows[k][c]) else { continue }
            let slack = roundingSlack(rows[k][c])
            // each rounded figure is off by up to half a unit of its last place, so the slack grows with
            // the rows summed
            func close(_ a: Double, _ b: Double, rows n: Int) -> Bool { abs(abs(a) - abs(b)) <= slack * Double(max(2, (n + 1) / 2)) / 2 }
            var lines = 0.0, totals = 0.0, lineCount = 0, totalCount = 0
            var judged = false, agrees = false
            // (the rows a printed total closes stand within a few hundred above it: the walk is bounded, so
            // that a table of many totals costs rows × a constant, not rows²)
            var j = k - 1
            while j >= 0, k - j <= maxRowsUnderATotal, !agrees {
                let cell = c < rows[j].count ? rows[j][c] : ""
                if let v = number(cell) {
                    if isTotal[j] { totals += v; totalCount += 1 } else { lines += v; lineCount += 1 }
                } else if !isBlankish(cell) {
                    break   // text or a rate in the column: nothing above this row is summed
                }
                // (a group of one line agrees with its total; two rows are needed to judge, and lines
                // that hold unmarked subtotals of their own, `All fires` over its kinds, sum to twice it)
                agrees = (lineCount >= 1 && (close(lines, total, rows: lineCount) || close(lines, 2 * total, rows: lineCount)))
                    || (totalCount >= 1 && close(totals, total, rows: totalCount))
                judged = judged || lineCount >= 2 || totalCount >= 2
                j -= 1
            }
            if judged && !agrees { return true }
        }
    }
    return false
}

/// How far above a total row its sum is looked for.
private let maxRowsUnderATotal = 400

/// Two units in the last place of a printed figure (`1,286` 2, `12.4` 0.2): how far a total of two
/// rounded figures may be from their sum.
private func roundingSlack(_ printed: String) -> Double {
    let digits = printed.split(separator: ".").dropFirst().first.map { $0.prefix { $0.isNumber }.count } ?? 0
    var unit = 1.0
    for _ in 0..<digits { unit /= 10 }
    return unit * 2 + 1e-9
}

/// Words of the table's own lines (its header lines and the lines of its rows) that are in no
/// heading and no cell: text the reading dropped.
private func leavesTextOut(_ table: ExtractedTable, lines: [Substring]) -> Bool {
    var kept = Set<String>()
    func words(_ s: some StringProtocol) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
    for h in table.header { kept.formUnion(words(h)) }
    kept.formUnion(words(table.caption))
    for r in table.headerRows { for c in r { kept.formUnion(words(c)) } }
    for r in table.rows { for c in r.cells { kept.formUnion(words(c)) } }
    var used = Set(table.headerLines)
    for r in table.rows { used.formUnion(r.sourceLines) }
    for line in used where line >= 1 && line <= lines.count {
        let printed = words(withoutTags(lines[line - 1]))
        for (i, w) in printed.enumerated() where !kept.contains(w) {
            // (a page label printed into a row, `Page 143`, is page furniture, removed on purpose)
            if w == "page" || (i > 0 && printed[i - 1] == "page" && w.allSatisfy(\.isNumber)) { continue }
            return true
        }
    }
    return false
}

/// A row of TAB text read from several lines where a line after its first holds only words (no
/// figure) and starts with a capital letter: a cell's text broken by a paragraph mark goes on in
/// lower case, so that line may be a row or a group name of its own. (Not in space-aligned text,
/// where a label wraps at any word, `Planning` as readily as `than`.)
private func joinsACapitalLine(_ table: ExtractedTable, lines: [Substring], typedToTabStops: Set<Int>) -> Bool {
    func tabs(_ line: Int) -> Int { line >= 1 && line <= lines.count ? tabCount(lines[line - 1]) : 0 }
    for row in table.rows where row.sourceLines.count >= 2 {
        // (not a row whose first line is short of its TABs: Word broke it over lines by paragraphs in its cells, and
        // the lines make one row only together)
        if let first = row.sourceLines.first, tabs(first) < table.header.count - 1,
           row.sourceLines.reduce(0, { $0 + tabs($1) }) == table.header.count - 1 { continue }
        // (nor a line of a table typed to tab stops: its column places it in the cell it goes on)
        // (nor a line holding as many TABs as the first, under a row led by its code: its TABs place it in the cell it goes on)
        let coded = row.cells.first.map(isCodeLike) ?? false
        for line in row.sourceLines.dropFirst() where line >= 1 && line <= lines.count && !typedToTabStops.contains(line - 1) {
            if coded, let first = row.sourceLines.first, tabs(first) >= 2, tabs(line) == tabs(first) { continue }
            let text = lines[line - 1]
            let fields = text.split(separator: "\t").map { trimPlanSpace($0) }.filter { !$0.isEmpty }
            guard fields.count == 1, let first = fields[0].first, first.isUppercase,
                  !fields[0].contains(where: \.isNumber) else { continue }
            // (an all-capitals word goes on an acronym list, `SLCC)`; a name in brackets likewise)
            let word = fields[0].prefix { !$0.isWhitespace }
            if word.count > 1, word.allSatisfy({ !$0.isLowercase }) { continue }
            return true
        }
    }
    return false
}

/// A line with its markup tags (`<u>`, `<p style="…">`) taken out: tags are not text.
private func withoutTags(_ line: Substring) -> String {
    var out = ""
    var inTag = false
    for ch in line {
        if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false; out.append(" ") } else if !inTag { out.append(ch) }
    }
    return out
}

/// A header cell, as printed, of nine words or more.
private func readsAsARow(_ table: ExtractedTable) -> Bool {
    !table.headerLost && table.headerRows.contains { $0.contains { $0.split(separator: " ").count >= 9 } }
}

/// Marks tables that may be one table split in two: neighbours in the same section, of one
/// encoding and width, where the later one has no header or repeats the header of one before it
/// in the run (a continuation the reading did not join), and the earlier does not end in a total.
func markSplitNeighbours(_ tables: inout [ExtractedTable]) {
    // (the headers of the run so far, so that a run of many tables is read once)
    var headersInRun: Set<[String]> = tables.first.map { $0.headerLost ? [] : [$0.header] } ?? []
    for k in tables.indices.dropFirst() {
        let a = tables[k - 1], b = tables[k]
        guard a.encoding == b.encoding, a.header.count == b.header.count, a.section == b.section, a.unit == b.unit else {
            headersInRun = b.headerLost ? [] : [b.header]
            continue
        }
        for j in [k - 1, k] where readsAsARow(tables[j]) && !tables[j].doubts.contains(.sentenceAsHeading) {
            tables[j].doubts.append(.sentenceAsHeading)
        }
        let repeats = !b.headerLost && headersInRun.contains(b.header)
        if !b.headerLost { headersInRun.insert(b.header) }
        // (a table closed by its total is whole: the next, under the same header, is another table)
        let closed = a.rows.last.map { r in isTotalRowLabel(r.cells.first { !$0.isEmpty && canonicalNumber($0) == nil } ?? "") } ?? false
        guard b.headerLost || repeats, !closed else { continue }
        for j in [k - 1, k] where !tables[j].doubts.contains(.maySplitFromNeighbour) { tables[j].doubts.append(.maySplitFromNeighbour) }
    }
}
