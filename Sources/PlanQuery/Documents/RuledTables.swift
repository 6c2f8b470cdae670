/// Tables drawn with rules, as pandoc writes them: grid tables (`+-----+-----+` borders, `|` walls,
/// `+=====+` under the header, each cell's text wrapped over the lines of its box) and multiline
/// tables (a row of dashes above the header, the column extents in the dashed rule under it, rows
/// a blank line apart, a row of dashes at the end). A row's cell text is its lines joined with single
/// spaces; the row's line is its first line of text.

/// The character offsets of the `+` corners of a grid table's border (`+----+====+`, `+:---+`),
/// and whether it is the rule under the header (`=`).
func gridBorder(_ line: Substring) -> (corners: [Int], header: Bool)? {
    let trimmed = trimPlanSpace(line)
    guard trimmed.count >= 3, trimmed.first == "+", trimmed.last == "+" else { return nil }
    var corners: [Int] = []
    var col = 0, dashes = 0, equals = 0
    var started = false
    for ch in line {
        defer { col += 1 }
        if !started, ch == " " || ch == "\u{A0}" { continue }
        started = true
        switch ch {
        case "+": corners.append(col)
        case "-": dashes += 1
        case "=": equals += 1
        case ":": break
        case " ", "\u{A0}", "\t": break   // trailing spaces (inside, `trimmed` would not end in `+`… unless between corners)
        default: return nil
        }
    }
    guard corners.count >= 2 else { return nil }
    // two corners side by side draw no column; a space inside the border is no border
    for k in 1..<corners.count where corners[k] - corners[k - 1] < 2 { return nil }
    guard !trimmed.contains(" ") else { return nil }
    return (corners, equals > 0 && dashes == 0)
}

/// The dash groups of a rule (`-------  -----  ----`) by character column, or nil when the line holds
/// anything but dashes and spaces.
func dashGroups(_ line: Substring) -> [SpacedColumn]? {
    var groups: [SpacedColumn] = []
    var col = 0, start = -1
    for ch in line {
        if ch == "-" {
            if start < 0 { start = col }
        } else if ch == " " {
            if start >= 0 { groups.append(SpacedColumn(start: start, end: col)); start = -1 }
        } else {
            return nil
        }
        col += 1
    }
    if start >= 0 { groups.append(SpacedColumn(start: start, end: col)) }
    return groups.isEmpty ? nil : groups
}

/// The words of a line (runs without spaces) by character column.
func lineWords(_ line: Substring) -> [SpacedField] {
    var out: [SpacedField] = []
    var col = 0, start = -1
    var text = ""
    for ch in line {
        if ch == " " || ch == "\u{A0}" || ch == "\t" {
            if start >= 0 { out.append(SpacedField(start: start, end: col, text: text)); start = -1; text = "" }
        } else {
            if start < 0 { start = col }
            text.append(ch)
        }
        col += 1
    }
    if start >= 0 { out.append(SpacedField(start: start, end: col, text: text)) }
    return out
}

extension Extractor {
    /// Finds grid and multiline tables, marks their lines `.ruled` and returns their blocks (rows
    /// already joined over their lines).
    mutating func findRuledTables() -> [Block] {
        var blocks: [Block] = []
        var i = 0
        let n = lines.count
        while i < n {
            if kinds[i] == .prose, let border = gridBorder(lines[i]) {
                // (a box that is no table is passed over whole: every border inside it would end alike)
                let (block, end) = gridTable(at: i, corners: border.corners)
                if let block { blocks.append(block) }
                i = max(end, i + 1)
                continue
            }
            if kinds[i] == .prose, let (block, end) = multilineTable(at: i) {
                blocks.append(block)
                i = end
                continue
            }
            i += 1
        }
        return blocks
    }

    /// The cells of one line of a grid table between its walls (`|`, or `+` where a border crosses the
    /// line): the text between each pair of corner columns; a cell with no wall at a corner spans the
    /// columns on both sides (its text in the first, `spans` saying how many). A piece of border
    /// (`+------+` under a cell that spans rows beside it) is no text; `border` tells the line holds one.
    func gridCells(_ chars: [Character], corners: [Int]) -> (cells: [String], spans: [Int], border: Bool) {
        var cells = Array(repeating: "", count: corners.count - 1)
        var spans = Array(repeating: 1, count: corners.count - 1)
        var border = false
        var start = 0   // the column the open cell started in
        for k in 1..<corners.count {
            let wall = corners[k] < chars.count && (chars[corners[k]] == "|" || chars[corners[k]] == "+")
            if !wall && k < corners.count - 1 { continue }
            let from = corners[start] + 1, to = min(corners[k], chars.count)
            if from < to {
                let raw = chars[from..<to]
                let text = trimPlanSpace(Substring(String(raw)))
                // (a border runs from wall to wall; a dash in a cell, `|     - |`, is the cell's text: nil)
                if !text.isEmpty, text.allSatisfy({ $0 == "-" || $0 == "=" || $0 == ":" || $0 == "+" }),
                   text.count >= 3 || !raw.contains(" ") {
                    border = true
                } else {
                    cells[start] = String(text)
                }
            }
            spans[start] = k - start
            start = k
        }
        return (cells, spans, border)
    }

    /// A grid table starting at its top border. Returns its block (nil when the box is no table) and the
    /// index of the line after it.
    mutating func gridTable(at top: Int, corners topCorners: [Int]) -> (Block?, Int) {
        let n = lines.count
        guard let left = topCorners.first, let right = topCorners.last else { return (nil, top + 1) }
        // rows: the text lines between two borders
        var segments: [[Int]] = []
        var current: [Int] = []
        var borders: [Int] = [top]
        var headerRows = 0
        var cornerSet = Set(topCorners)
        var j = top + 1
        while j < n {
            let t = lines[j]
            if let b = gridBorder(t) {
                guard b.corners.first == left, b.corners.last == right else { break }
                borders.append(j)
                cornerSet.formUnion(b.corners)
                if !current.isEmpty { segments.append(current); current = [] }
                if b.header, headerRows == 0 { headerRows = segments.count }
                j += 1
                continue
            }
            // a line of cells: a wall at both ends
            let chars = Array(t)
            guard left < chars.count, chars[left] == "|", chars.count > right,
                  chars[right] == "|" || chars[right] == "+" else { break }
            // a border crossing the line beside a cell that spans rows: its corners
            for c in 1..<chars.count where chars[c] == "+" && (chars[c - 1] == "-" || chars[c - 1] == "=" || chars[c - 1] == ":")
                && c > left && c < right { cornerSet.insert(c) }
            current.append(j)
            j += 1
        }
        // an unclosed box is no table
        guard current.isEmpty, !segments.isEmpty, borders.count >= 2, cornerSet.count <= 201 else { return (nil, j) }
        let corners = cornerSet.sorted()
        let width = corners.count - 1
        let end = borders.last! + 1
        var rows: [RawRow] = []
        var headerCount = 0
        for (k, seg) in segments.enumerated() {
            let isHeader = k < headerRows
            // a body row is split where a border crosses it (rows beside a cell that spans them)
            var parts: [[Int]] = [[]]
            var partCells: [[String]] = [Array(repeating: "", count: width)]
            // the columns no border crosses: their cells span the rows split off (an HTML `rowspan`)
            var spanning = Set(0..<width)
            for l in seg {
                let c = gridCells(Array(lines[l]), corners: corners)
                if c.border && !isHeader {
                    // (text of a cell spanning the rows, printed beside the border: `| partners    +------+`)
                    for (x, text) in c.cells.enumerated() where !text.isEmpty {
                        partCells[partCells.count - 1][x] += partCells[partCells.count - 1][x].isEmpty ? text : " " + text
                    }
                    parts.append([l])
                    partCells.append(Array(repeating: "", count: width))
                    let chars = Array(lines[l])
                    for x in 0..<width where corners[x + 1] <= chars.count
                        && chars[(corners[x] + 1)..<corners[x + 1]].contains(where: { $0 == "-" || $0 == "=" }) {
                        spanning.remove(x)
                    }
                    continue
                }
                parts[parts.count - 1].append(l)
                for (x, line) in c.cells.enumerated() where !line.isEmpty {
                    // (a backslash ending a cell's line is pandoc's hard line break: `Budget\` over `£000`)
                    let text = line.hasSuffix("\\") && !line.hasSuffix("\\\\") ? String(line.dropLast()) : line
                    // a heading spanning columns stands over each of them
                    for y in x..<(isHeader ? min(width, x + c.spans[x]) : x + 1) {
                        partCells[partCells.count - 1][y] += partCells[partCells.count - 1][y].isEmpty ? text : " " + text
                    }
                }
            }
            // a cell spanning the rows is filled down into each of them, its text read across them all
            if parts.count > 1 {
                for x in spanning.sorted() {
                    let text = partCells.map { $0[x] }.filter { !$0.isEmpty }.joined(separator: " ")
                    for p in partCells.indices { partCells[p][x] = text }
                }
            }
            for (p, part) in parts.enumerated() {
                let cells = partCells[p].map { cleanCell(Substring(markdownUnescaped($0))).text }
                let textLine = part.first { l in
                    let c = gridCells(Array(lines[l]), corners: corners)
                    return partCells[p].contains { !$0.isEmpty } && !c.border && !c.cells.allSatisfy { $0.isEmpty }
                } ?? part.first { l in partCells[p].contains { !$0.isEmpty } && !gridCells(Array(lines[l]), corners: corners).cells.allSatisfy { $0.isEmpty } }
                guard let first = textLine, cells.contains(where: { !$0.isEmpty }) else {
                    for l in part { rejects.append(RejectedLine(line: l + 1, reason: .emptyRow, text: String(lines[l]))) }
                    continue
                }
                var row = RawRow(line: first + 1, cells: cells, pageLabel: false, labelSplitsRow: false, gapBefore: false, debrisBefore: false)
                row.moreLines = part.filter { $0 != first }.map { $0 + 1 }
                rows.append(row)
                if isHeader { headerCount += 1 }
            }
        }
        for l in borders { rejects.append(RejectedLine(line: l + 1, reason: .separator, text: String(lines[l]))) }
        for l in top..<end { kinds[l] = .ruled }
        guard !rows.isEmpty else { return (nil, end) }
        // no `+===+` rule: a first row of names over rows of figures is the header
        if headerRows == 0, rows.count >= 2, !hasNumbers(rows[0]), rows[0].nonEmpty >= 2, rows.dropFirst().contains(where: { hasNumbers($0) }) {
            headerCount = 1
        }
        // a second heading row printed under the rule, as pandoc writes a header of two rows (`| | Budget\ £000 |
        // Forecast\ £000 |` under `| Service | 2024/25 | |`): short names under an empty first cell over rows
        // of figures, as in a pipe table
        if headerCount > 0, headerCount + 1 < rows.count, case let r = rows[headerCount], r.firstEmpty, r.nonEmpty >= 2,
           !hasNumbers(r), r.cells.allSatisfy({ $0.count <= 30 }), rows[(headerCount + 1)...].contains(where: { hasNumbers($0) }) {
            headerCount += 1
        }
        return (Block(encoding: .ruled, rows: rows, separatorAfter: headerCount > 0 ? [headerCount - 1] : [], firstLine: top + 1, lastLine: end), end)
    }

    /// Pandoc simple tables left unread by the space-aligned reader (their rows hold no figures):
    /// a header line over a rule of column extents (`--------  -----`), one row a line up to a blank
    /// line (or a closing rule). Marks their lines `.ruled` and returns their blocks.
    mutating func findSimpleTables() -> [Block] {
        var blocks: [Block] = []
        let n = lines.count
        var r = 1
        while r + 1 < n {
            defer { r += 1 }
            guard kinds[r] == .prose, kinds[r - 1] == .prose, kinds[r + 1] == .prose, let columns = dashGroups(lines[r]), columns.count >= 2,
                  columns.allSatisfy({ $0.end - $0.start >= 2 }), dashGroups(lines[r - 1]) == nil, !(r >= 2 && kinds[r - 2] == .prose)
            else { continue }
            var end = r + 1
            while end < n, kinds[end] == .prose, dashGroups(lines[end]) == nil { end += 1 }
            let closing = end < n && kinds[end] == .prose && dashGroups(lines[end]) != nil
            func cells(_ l: Int) -> [String] {
                var out = Array(repeating: "", count: columns.count)
                for w in lineWords(lines[l]) {
                    let c = spacedColumnsOf(w, in: columns).max { columns[$0].overlap(w) < columns[$1].overlap(w) } ?? 0
                    out[c] = out[c].isEmpty ? w.text : out[c] + " " + w.text
                }
                return out.map { cleanCell(Substring(markdownUnescaped($0))).text }
            }
            let header = RawRow(line: r, cells: cells(r - 1), pageLabel: false, labelSplitsRow: false, gapBefore: false, debrisBefore: false)
            // a heading over each of two columns at least
            guard header.nonEmpty >= 2 else { continue }
            var rows = [header]
            for l in (r + 1)..<end {
                rows.append(RawRow(line: l + 1, cells: cells(l), pageLabel: false, labelSplitsRow: false, gapBefore: false, debrisBefore: false))
            }
            rejects.append(RejectedLine(line: r + 1, reason: .separator, text: String(lines[r])))
            if closing { rejects.append(RejectedLine(line: end + 1, reason: .separator, text: String(lines[end]))) }
            for l in (r - 1)...(closing ? end : end - 1) { kinds[l] = .ruled }
            blocks.append(Block(encoding: .ruled, rows: rows, separatorAfter: [0], lastLine: closing ? end + 1 : nil))
            r = closing ? end : end - 1
        }
        return blocks
    }

    /// A pandoc multiline table: a row of dashes, one to four header lines, the rule of column extents
    /// (`-------  -----`), rows a blank line apart, a row of dashes. Returns its block and the index of
    /// the line after it.
    mutating func multilineTable(at top: Int) -> (Block, Int)? {
        let n = lines.count
        guard let topRule = dashGroups(lines[top]), topRule.count == 1, topRule[0].end - topRule[0].start >= 10 else { return nil }
        // the header lines, then the rule of column extents
        var r = top + 1
        while r < n, r <= top + 5, kinds[r] == .prose, dashGroups(lines[r]) == nil { r += 1 }
        guard r < n, r > top + 1, r <= top + 5, kinds[r] == .prose, let columns = dashGroups(lines[r]), columns.count >= 2 else { return nil }
        // the rows, up to the closing row of dashes (within 2,000 lines, before two blank lines)
        var close: Int?
        var j = r + 1, blanks = 0
        while j < n, j <= r + 2000 {
            if kinds[j] == .blank {
                blanks += 1
                if blanks >= 2 { break }
            } else {
                blanks = 0
                guard kinds[j] == .prose else { break }
                if let g = dashGroups(lines[j]) {
                    if g.count == 1, g[0].end - g[0].start >= 10 { close = j }
                    break
                }
            }
            j += 1
        }
        guard let close, close > r + 1 else { return nil }
        func cells(of lineIndices: [Int]) -> [String] {
            var out = Array(repeating: "", count: columns.count)
            for l in lineIndices {
                for w in lineWords(lines[l]) {
                    let c = spacedColumnsOf(w, in: columns).max { columns[$0].overlap(w) < columns[$1].overlap(w) } ?? 0
                    out[c] = out[c].isEmpty ? w.text : out[c] + " " + w.text
                }
            }
            return out.map { cleanCell(Substring(markdownUnescaped($0))).text }
        }
        var rows: [RawRow] = []
        let headerLines = Array((top + 1)..<r)
        var header = RawRow(line: top + 2, cells: cells(of: headerLines), pageLabel: false, labelSplitsRow: false, gapBefore: false, debrisBefore: false)
        header.moreLines = headerLines.dropFirst().map { $0 + 1 }
        rows.append(header)
        var group: [Int] = []
        func flush() {
            guard let first = group.first else { return }
            var row = RawRow(line: first + 1, cells: cells(of: group), pageLabel: false, labelSplitsRow: false, gapBefore: false, debrisBefore: false)
            row.moreLines = group.dropFirst().map { $0 + 1 }
            rows.append(row)
            group = []
        }
        for l in (r + 1)..<close {
            if kinds[l] == .blank { flush() } else { group.append(l) }
        }
        flush()
        guard rows.count >= 2 else { return nil }
        for l in [top, r, close] { rejects.append(RejectedLine(line: l + 1, reason: .separator, text: String(lines[l]))) }
        for l in top...close where kinds[l] != .blank { kinds[l] = .ruled }
        return (Block(encoding: .ruled, rows: rows, separatorAfter: [0], firstLine: top + 1, lastLine: close + 1), close + 1)
    }
}

/// A pandoc cell's text without Markdown backslash escapes (`48.9%\*` is `48.9%*`): a backslash
/// before ASCII punctuation stands for that character.
func markdownUnescaped(_ s: String) -> String {
    guard s.contains("\\") else { return s }
    var out = ""
    var escape = false
    for ch in s {
        if escape {
            if !(ch.isASCII && ch.isPunctuation || ch.isASCII && ch.isSymbol) { out.append("\\") }
            out.append(ch)
            escape = false
        } else if ch == "\\" {
            escape = true
        } else {
            out.append(ch)
        }
    }
    if escape { out.append("\\") }
    return out
}
