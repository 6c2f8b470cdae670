/// Tables drawn with spaces only, as `pdftotext -layout` prints them: the columns are found from
/// runs of two or more spaces that line up across the rows that carry figures.

/// A run of text on a line between runs of two or more spaces, by character column.
struct SpacedField {
    var start: Int
    var end: Int        // one past the last character
    var text: String
}

/// The fields of a line: text separated by two or more spaces (a single space is inside a field).
func spacedFields(_ line: Substring) -> [SpacedField] {
    var fields: [SpacedField] = []
    var col = 0
    var start = -1, lastNonSpace = -1
    var text = ""
    var spaces = 0
    for ch in line {
        if ch == " " || ch == "\u{A0}" {
            spaces += 1
        } else {
            if start >= 0, spaces >= 2 {
                fields.append(SpacedField(start: start, end: lastNonSpace + 1, text: text))
                start = -1
                text = ""
            }
            if start < 0 { start = col } else if spaces > 0 { text += String(repeating: " ", count: spaces) }
            text.append(ch)
            lastNonSpace = col
            spaces = 0
        }
        col += 1
    }
    if start >= 0 { fields.append(SpacedField(start: start, end: lastNonSpace + 1, text: text)) }
    return fields
}

/// A column of a space-aligned table: the character columns its figures occupy.
struct SpacedColumn {
    var start: Int
    var end: Int
    func overlap(_ f: SpacedField) -> Int { max(0, min(end, f.end) - max(start, f.start)) }
    func distance(_ f: SpacedField) -> Int { f.end <= start ? start - f.end : f.start >= end ? f.start - end : 0 }
}

/// Columns from the fields of the rows: fields that overlap are in one column.
func spacedColumns(_ rows: [[SpacedField]]) -> [SpacedColumn] {
    let all = rows.flatMap { $0 }.sorted { $0.start < $1.start }
    var columns: [SpacedColumn] = []
    for f in all {
        if let last = columns.last, f.start < last.end {
            columns[columns.count - 1].end = max(last.end, f.end)
        } else {
            columns.append(SpacedColumn(start: f.start, end: f.end))
        }
    }
    return columns
}

/// The columns a field belongs to: those it overlaps, else the nearest one (columns are in order
/// and apart).
func spacedColumnsOf(_ f: SpacedField, in columns: [SpacedColumn]) -> [Int] {
    guard !columns.isEmpty else { return [] }
    // the first column ending after the field starts
    var lo = 0, hi = columns.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if columns[mid].end <= f.start { lo = mid + 1 } else { hi = mid }
    }
    var over: [Int] = []
    var k = lo
    while k < columns.count, columns[k].start < f.end {
        if columns[k].overlap(f) > 0 { over.append(k) }
        k += 1
    }
    if !over.isEmpty { return over }
    let candidates = [lo - 1, lo].filter { $0 >= 0 && $0 < columns.count }
    return [candidates.min { columns[$0].distance(f) < columns[$1].distance(f) }!]
}

extension Extractor {
    /// A figure in a space-aligned row (`1,286`, `(0.4%)`, `105 kg`, `£3.01`), not a year, a
    /// period (`Q2 2024/25`) or a units heading (`£000`).
    func isLayoutValue(_ text: String) -> Bool {
        if isUnitsCell(text) { return false }
        // a year that ends a sentence (`2026.` wrapped onto a line of its own at the foot of a comment, or
        // `2026).`), and a clause (`21 November 2025; staff`): words, not a figure
        if text.count == 5, text.hasSuffix("."), isCalendarYear(Substring(text.dropLast())) { return false }
        if text.hasSuffix(").") || text.contains(";") { return false }
        // (`6 of 15` is a count, `6 of 15 target` the head of a comment)
        if case let w = text.split(separator: " "), w.count >= 4, w[1] == "of", w[0].allSatisfy(\.isNumber), w[2].allSatisfy({ $0.isNumber || $0 == "," }) {
            return false
        }
        if isDataNumber(text) { return true }
        // short (`105 kg`, `£145.00`), not a sentence that starts with a number
        guard text.count <= 24, let f = text.first, "0123456789£$€(-−+".contains(f), text.contains(where: { $0.isNumber }) else { return false }
        // a bracket opens a figure (`(35)`, `(£1.2m)`), not words (`(Tach/Nov) M7–M8`)
        if f == "(", let g = text.dropFirst().first, !"0123456789£$€.-−".contains(g) { return false }
        // a phrase that starts with a number is words (`60 takeaways visited;`, `£7.0m invested in`): a
        // figure has a unit at most (`105 kg`, `1.2 per 1,000`), and ends no clause
        // (nor ends a sentence: `24 March 2025.`, `12 sites.` at the foot of a comment)
        if text.last == ";" || text.last == "," || (text.contains(" ") && (text.last == "." || hangsOver(text))) { return false }
        // a date written with dots is a heading's words (`Spend to` over `31.3.25`)
        if case let p = text.split(separator: ".", omittingEmptySubsequences: false), p.count == 3,
           p.allSatisfy({ isDigits($0) }), p[0].count <= 2, p[1].count <= 2, p[2].count == 2 || p[2].count == 4 { return false }
        // and so is a date with its unit (`31/3/25 £` under `Spent to`)
        if case let w = text.split(separator: " "), w.count >= 2, w.dropFirst().allSatisfy({ isUnitsCell(String($0)) }),
           case let p = w[0].split(separator: "/", omittingEmptySubsequences: false), p.count == 3, p.allSatisfy({ isDigits($0) }),
           p[0].count <= 2, p[1].count <= 2, p[2].count == 2 || p[2].count == 4 { return false }
        // a range is a heading's words (`3 to 6` over `months`)
        if case let w = text.split(separator: " "), w.count == 3, w[1] == "to", isDigits(w[0]), isDigits(w[2]) { return false }
        if text.split(separator: " ").dropFirst().filter({ $0.contains(where: \.isLetter) }).count > 2 { return false }
        if parseFiscalYear(Substring(text)) != nil { return false }
        if isCalendarYear(Substring(text)) { return false }
        // a day and month, with or without a year, is a heading's words (`1 April` under `Balance at`,
        // `31 Dec 25` under `FTE at`)
        if case let w = text.split(separator: " "), w.count == 2 || (w.count == 3 && (w[2].count == 2 || w[2].count == 4) && isDigits(w[2])),
           w[0].count <= 2, isDigits(w[0]), monthNumber(w[1]) != nil { return false }
        // a heading that starts with a year (`2023/24 Outturn`, `2024 Target`, `2026/27 £`)
        let words = text.split(separator: " ")
        if words.count >= 2, isYearHeading(words[0]),
           words.dropFirst().contains(where: { w in w.first?.isLetter ?? false || isUnitsCell(String(w)) }) {
            return false
        }
        return true
    }

    /// Space-aligned tables among the prose lines of a paper not written to the Kent template: a
    /// paragraph (lines between blank lines) with at least two rows that carry figures after a
    /// label, under header lines whose words sit over the columns. Marks their lines `.spaced`
    /// and returns their blocks.
    mutating func findSpaceAlignedTables() -> [Block] {
        guard plainPapers else { return [] }
        var blocks: [Block] = []
        var lastRowRead: (end: Int, fields: [SpacedField])?   // the last row of figures of the last table read, and where it ends
        var i = 0
        let n = lines.count
        while i < n {
            guard kinds[i] == .prose, !runningHeads.contains(String(trimPlanSpace(lines[i]))) else { i += 1; continue }
            var j = i
            var dataLines: [Int] = []   // the lines of figures met so far
            while j < n {
                if kinds[j] == .prose, !runningHeads.contains(String(trimPlanSpace(lines[j]))) {
                    // (only a line with a run of two spaces can hold two fields)
                    if lines[j].contains("  "), isSpacedDataLine(spacedFields(lines[j])) { dataLines.append(j) }
                    j += 1
                    continue
                }
                // rows a blank line apart, the row above ending in the tail of its wrapped label (`payment`
                // under `AH01  receiving self-directed support by direct  High  24.1%`): the table goes on
                // when the next row's figures, or its label's head over them, follow
                // (or a group name between blank lines: under the header's rule or a row, over the next row)
                if kinds[j] == .blank, j + 1 < n, kinds[j + 1] == .prose, !runningHeads.contains(String(trimPlanSpace(lines[j + 1]))),
                   let since = dataLines.last ?? (i..<j).last(where: { spacedFields(lines[$0]).count >= 3 }),
                   j - since >= 1, j - since <= 5, ((since + 1)..<j).allSatisfy({ spacedFields(lines[$0]).count <= 1 }),
                   case let next = spacedFields(lines[j + 1]),
                   isSpacedDataLine(next) || (next.count == 1 && labelLinesLeadToFigures(j + 1))
                    // (a numbered heading, `7. Contacts`, is no group name: the table ended above it)
                    // (nor is a table's caption, `Table 2: Reserves`: the next table starts under it)
                    || (next.count == 1 && next[0].text.count <= 80 && headingLevel(lines[j + 1]).numbered == nil
                        && !isTableCaption(plainLine(trimPlanSpace(lines[j + 1])))
                        && j + 3 < n && kinds[j + 2] == .blank && kinds[j + 3] == .prose
                        && (isSpacedDataLine(spacedFields(lines[j + 3])) || labelLinesLeadToFigures(j + 3))) {
                    j += 1
                    continue
                }
                // (a grand total two blank lines under the last row, its figures in the rows' columns: `Total ⋯ 894` under
                // `Restaurants and caterers sub-total ⋯ 677`)
                if plainPapers, kinds[j] == .blank, j + 2 < n, kinds[j + 1] == .blank, kinds[j + 2] == .prose, let since = dataLines.last,
                   since == j - 1, case let total = spacedFields(lines[j + 2]), isSpacedDataLine(total),
                   isTotalRowLabel(total[0].text), goesOnFrom(spacedFields(lines[since]), total) {
                    j += 2
                    continue
                }
                // rows of a register a blank line apart, each wrapping its cells over lines in their own columns (`R1  Rent
                // arrears increase as  3  3  9  Tenancy sustainment  Head of` over `more tenants move to ⋯ officers contact
                // every ⋯ Housing`, down to `£205,000` under the mitigation): the table goes on when the next row starts its
                // cells where this one did, however many lines the row above took
                if kinds[j] == .blank, j + 1 < n, kinds[j + 1] == .prose, let since = dataLines.last, since >= i, j - since <= 12,
                   case let head = spacedFields(lines[since]),
                   ((since + 1)..<j).allSatisfy({ l in
                       spacedFields(lines[l]).allSatisfy { f in head.contains { abs($0.start - f.start) <= 1 } }
                   }),
                   case let next = spacedFields(lines[j + 1]), isSpacedDataLine(next), goesOnFrom(head, next) {
                    j += 1
                    continue
                }
                // rows printed a blank line apart: one blank line between a line of fields and a row of figures
                // (or a label's head over its row of figures)
                // (the header's last line may hold one heading standing over a column: `£'000` under
                // `Forecast`; the label may run over up to three lines above its figures)
                if kinds[j] == .blank, j > i, j + 1 < n, kinds[j + 1] == .prose, lines[j - 1].contains("  "),
                   !runningHeads.contains(String(trimPlanSpace(lines[j + 1]))),
                   spacedFields(lines[j - 1]).count >= 2 || headerEndsAbove(j, from: i, fields: { spacedFields(lines[$0]) })
                    // (or a header of one unit over the figures alone, the label column's heading empty: `£000`)
                    || (j - 1 == i && loneUnitsHeading(spacedFields(lines[j - 1]))),
                   isSpacedDataLine(spacedFields(lines[j + 1])) || labelLinesLeadToFigures(j + 1)
                    // (or a rule over a total, a blank line under the last group: `----` over `Total capital programme  41,600 …`)
                    || (isDashRule(lines[j + 1]) && j + 2 < n && kinds[j + 2] == .prose && isSpacedDataLine(spacedFields(lines[j + 2]))) {
                    j += 1
                    continue
                }
                break
            }
            // (a row alone at the top of a page, its cells wrapped under it, goes on from the table above the page break
            // when it starts its cells where that table's last row did: the last risk of a register, `R7  Inspection by
            // the Regulator  2  4  8  Compliance dashboard …`)
            var above: [SpacedField]?
            if let last = lastRowRead, dataLines.count == 1, dataLines[0] == i,
               case let gap = gapAllowsMerge(from: last.end, to: i + 1), gap.ok, gap.sawDebris {
                above = last.fields
            }
            if let block = spaceAlignedBlock(i..<j, underRowAbovePageBreak: above) {
                blocks.append(block)
                if let d = dataLines.last { lastRowRead = (end: j, fields: spacedFields(lines[d])) }
            }
            i = j
        }
        return blocks
    }

    /// A row of four cells or more that starts its cells where `above` did (a row of the same table): its first at the
    /// same place, all but one of the rest within two characters (figures are right-aligned).
    func goesOnFrom(_ above: [SpacedField]?, _ row: [SpacedField]) -> Bool {
        guard let above, above.count >= 4, row.count >= 4, row[0].start == above[0].start else { return false }
        return row.filter({ f in above.contains { abs($0.start - f.start) <= 2 } }).count >= max(4, row.count - 1)
    }

    /// Codes printed one space before their labels (`  4000 Salaries, national insurance`) under a
    /// header that heads them apart (`Code   Budget heading`): each such field is split where the second
    /// heading starts, when two lines or more split there. Header lines are the lines above the first
    /// line of figures; the code is one token, digits or a code.
    func splitCodesRunIntoLabels(_ fields: inout [[SpacedField]]) {
        guard let firstData = fields.indices.first(where: { isSpacedDataLine(fields[$0]) }) else { return }
        var starts = Set<Int>()
        for k in 0..<firstData where fields[k].count >= 2 { for f in fields[k].dropFirst() { starts.insert(f.start) } }
        func split(_ f: SpacedField) -> (SpacedField, SpacedField)? {
            let chars = Array(f.text)
            guard let space = chars.firstIndex(of: " "), space >= 1, space + 1 < chars.count, chars[space + 1] != " ",
                  starts.isEmpty || starts.contains(f.start + space + 1) else { return nil }
            let code = String(chars[..<space])
            guard code.count <= 8, isDigits(Substring(code)) || isCodeLike(code) else { return nil }
            return (SpacedField(start: f.start, end: f.start + space, text: code),
                    SpacedField(start: f.start + space + 1, end: f.end, text: String(chars[(space + 1)...])))
        }
        let splits = fields.indices.dropFirst(firstData).compactMap { k in fields[k].first.flatMap(split).map { (k, $0) } }
        if !starts.isEmpty {
            // (one such row will do when its code is a code, not a number: a risk register's first row, the rest on the
            // next page, `WR-R1 Breakdowns continue …` under `Ref   Risk`)
            guard splits.count >= 2 || (plainPapers && splits.count == 1 && splits.allSatisfy { isCodeLike($0.1.0.text) }) else { return }
        } else {
            // with no header over them (a table going on after a page break), rows led by codes one space before their labels
            // split where the labels all start, when every row of figures at the codes' edge is led so:
            // `WR-R2 Shortage of LGV drivers   4   3 …` over `      leads to reliance on agency`
            guard plainPapers, splits.count >= 2, splits.allSatisfy({ isCodeLike($0.1.0.text) }),
                  Set(splits.map { $0.1.1.start }).count == 1, Set(splits.map { $0.1.0.start }).count == 1,
                  case let edge = splits[0].1.0.start,
                  fields.indices.dropFirst(firstData).filter({ isSpacedDataLine(fields[$0]) && fields[$0].first?.start == edge }).count == splits.count
            else { return }
        }
        for (k, (code, label)) in splits { fields[k].replaceSubrange(0...0, with: [code, label]) }
    }

    /// The lines right above `end` (from `start` on) end a header: one to three lines of one
    /// indented heading each (`outturn` / `£'000` under `Forecast`) under a line of several headings.
    func headerEndsAbove(_ end: Int, from start: Int, fields: (Int) -> [SpacedField]) -> Bool {
        var k = end - 1
        while k >= start, end - k <= 3, case let f = fields(k), f.count == 1, f[0].start > 0, !isLayoutValue(cleanCell(Substring(f[0].text)).text) {
            k -= 1
        }
        guard k < end - 1, k >= start else { return false }
        let f = fields(k)
        return f.count >= 2 && !isSpacedDataLine(f) && !f[0].text.hasSuffix(":")
    }

    /// Lines of text from `start` (one or up to three labels alone in the first column) down to a line
    /// of figures: a label (or a group name and a label) printed over its row of figures.
    func labelLinesLeadToFigures(_ start: Int) -> Bool {
        var k = start
        // (a group name printed full width may be longer than a label: `Priority 2: Children and young
        // people get the best start in life`)
        while k < lines.count, k < start + 3, kinds[k] == .prose, lines[k].utf8.count <= (k == start && spacedFields(lines[k]).count == 1 ? 80 : 60), !isSpacedDataLine(spacedFields(lines[k])),
              // (the line above at the margin, or left of this one in an indented table: `Expenditure` over
              // `  Precepts and demands:`)
              k == start || (spacedFields(lines[k]).count == 1 && spacedFields(lines[k - 1]).count == 1
                             && (lines[k - 1].first != " " || spacedFields(lines[k - 1])[0].start < spacedFields(lines[k])[0].start)) {
            k += 1
        }
        return k > start && k < lines.count && kinds[k] == .prose && isSpacedDataLine(spacedFields(lines[k]))
    }

    /// Label text that cannot end a label, so goes on on the next line: it ends with `/` (between
    /// the two languages of a bilingual label), a dash, `&`, `+` or a comma.
    func hangsOver(_ text: String) -> Bool {
        guard let l = text.last else { return false }
        // (or a bracket left open: `Permanent admissions of older people (aged` over `65+) to …`)
        if text.utf8.count <= 200, text.utf8.filter({ $0 == UInt8(ascii: "(") }).count > text.utf8.filter({ $0 == UInt8(ascii: ")") }).count {
            return true
        }
        if l == "/" || l == "&" || l == "+" || l == "," || l == "–" || l == "—" { return text.count >= 3 }
        if l == "-" { return text.dropLast().last == " " }
        // or with a word that joins it to what follows (`Is-gyfanswm Lle ac Amgylchedd / Place and`)
        guard let w = text.split(separator: " ").last, text.contains(" ") else { return false }
        // (not the name a budget gives its sources of funding, over them: `Funded by` over `Council tax ⋯`)
        if ["funded by", "financed by", "represented by", "met by"].contains(text.lowercased()) { return false }
        return ["and", "of", "for", "to", "the", "in", "on", "or", "with", "by", "a", "an", "at", "from", "into", "via"].contains(String(w))
    }

    /// A header line of one unit standing far right, over a column of figures (`£000`, `%`).
    func loneUnitsHeading(_ fields: [SpacedField]) -> Bool {
        fields.count == 1 && fields[0].start >= 30 && isUnitsCell(cleanCell(Substring(fields[0].text)).text)
    }

    /// A year and its unit under a heading (`2024 £`, `2025/26 £000`): the last line of a heading, no figure.
    func isYearsUnits(_ text: String) -> Bool {
        let w = text.split(separator: " ")
        return w.count == 2 && isYearHeading(w[0]) && isUnitsCell(String(w[1]))
    }

    /// A number of days, weeks, months or years (`12 months`, `20 days`).
    func isTimeSpan(_ text: String) -> Bool {
        let w = text.split(separator: " ")
        guard w.count == 2, isDigits(w[0]) else { return false }
        return ["day", "days", "week", "weeks", "month", "months", "year", "years"].contains(w[1].lowercased())
    }

    func isSpacedDataLine(_ fields: [SpacedField]) -> Bool {
        guard fields.count >= 2 else { return false }
        let texts = fields.dropFirst().map { cleanCell(Substring($0.text)).text }
        let values = texts.filter(isLayoutValue)
        // a heading line of years with a span of time among them (`2024/25   2025/26   12 months`) holds
        // no figures: a span alone is a figure only in a row of figures (`20 days   18 days`)
        // (or with the rest of such spans beside it: `3 months   months   months` under `Under   3 to 6   6 to 12`)
        if !values.isEmpty, values.allSatisfy(isTimeSpan), texts.contains(where: {
            parseFiscalYear(Substring($0)) != nil || ["days", "weeks", "months", "years"].contains($0.lowercased())
        }) { return false }
        if !values.isEmpty { return true }
        // a row of words led by its code (`A1   Complete the food hygiene …   Healthy   Commercial Team   30
        // September`): an action plan has no figures to find its rows by
        // (or by a number like a section's, `1.1   Recommission the home care …   Dec 2025   Head of …`)
        if fields.count >= 4 && fields[0].start <= 8 && isRowCode(fields[0].text) { return true }
        return isRowOfWordsWithADate(fields) || isRowOfWordsWithARating(fields)
    }

    /// A row of a risk register found by the ratings its columns hold, whole words (`Fees challenged on the grounds ⋯ Low ⋯
    /// High ⋯ Fees calculated with …`): two or more between a risk and a mitigation of three words or more each, no
    /// figures to find it by (a header of ratings, `Corporate priority ⋯ Green ⋯ Amber ⋯ Red`, has no such words).
    func isRowOfWordsWithARating(_ fields: [SpacedField]) -> Bool {
        guard plainPapers, fields.count >= 4, fields[0].text.split(separator: " ").count >= 3, fields[0].text.first?.isLetter ?? false else { return false }
        let ratings: Set<String> = ["low", "medium", "high", "very high", "very low", "red", "amber", "green"]
        let rated = fields.indices.dropFirst().filter { ratings.contains(fields[$0].text.lowercased()) }
        guard rated.count >= 2, let last = rated.last else { return false }
        return fields[(last + 1)...].contains { $0.text.split(separator: " ").count >= 3 }
    }

    /// A row of an action plan found by the one date a column holds, a target date or a deadline, beside a cell
    /// of words (`Extend the specialist sensory alarm ⋯ September 2025 ⋯ CSA Team`, `Soft market testing ⋯
    /// January 2026 ⋯ Not started`), its first cell words; a header of dates, `1 April 2024 ⋯ 1 April 2025`,
    /// holds more than one, and a header with one date leads with a heading of a word (`Original ⋯ 31 Dec 2024`).
    func isRowOfWordsWithADate(_ fields: [SpacedField]) -> Bool {
        guard fields.count >= 3 else { return false }
        let texts = fields.dropFirst().map { cleanCell(Substring($0.text)).text }
        // (or its date last, in a row led by a code or a theme and its code, with an action of three words or more: `Food
        // hygiene ⋯ B1 ⋯ Complete all due category A to C ⋯ Principal EHO ⋯ 31 March 2026`)
        if plainPapers, fields.count >= 4, let last = texts.last, isDateCell(last),
           texts.dropLast().allSatisfy({ !isDateCell($0) && !isLayoutValue($0) }),
           fields.prefix(2).contains(where: { isRowCode($0.text) }), fields.contains(where: { $0.text.split(separator: " ").count >= 3 }) {
            return true
        }
        return texts.dropLast().filter(isMonthAndYear).count == 1 && !isMonthAndYear(texts[texts.count - 1])
            && fields[0].text.split(separator: " ").count >= 2 && (fields[0].text.first?.isLetter ?? false)
    }

    /// The table in a paragraph of prose lines, if it is one.
    ///
    /// `underRowAbovePageBreak`: the last row of the table above a page break, when the lines between are only the break;
    /// a row alone that starts its cells where that row did is that table's, its header not printed again.
    mutating func spaceAlignedBlock(_ range: Range<Int>, underRowAbovePageBreak rowAbove: [SpacedField]? = nil) -> Block? {
        guard range.count >= 2, lines[range.lowerBound..<range.upperBound].contains(where: { $0.contains("  ") }) else { return nil }
        var fields = range.map { spacedFields(lines[$0]) }
        // rules drawn with dashes (`-------   -------` under a header or over a total) separate rows
        var rules: Set<Int> = []
        for k in fields.indices where !fields[k].isEmpty
            && fields[k].allSatisfy({ f in f.text.count >= 2 && f.text.allSatisfy { "-=_─━".contains($0) || $0 == " " } }) {
            rules.insert(k)
            fields[k] = []
        }
        splitCodesRunIntoLabels(&fields)
        var dataIndex = fields.indices.filter { isSpacedDataLine(fields[$0]) }
        // header lines holding dates (`Balance` / `01/04/2024` / `£000`) above the rule drawn under the
        // header: no rows of figures
        // (rows of words led by codes over a rule that closes the table are rows: rows must stand under the rule)
        if let rule = rules.min(), let first = dataIndex.first, first < rule, dataIndex.contains(where: { $0 > rule }),
           dataIndex.prefix(while: { $0 < rule }).allSatisfy({ k in
               fields[k].dropFirst().allSatisfy { f in
                   let x = cleanCell(Substring(f.text)).text
                   // (or a span of time in words: `10 working days` under `Inspected within`)
                   return !isLayoutValue(x) || isDateText(x) || x.split(separator: " ").count >= 3
               }
           }) {
            dataIndex.removeAll { $0 < rule }
        }
        // header lines holding a year or a date under a heading (`Balance at` / `1 April` / `2024`, `Forecast`
        // / `balance at` / `31 March 2025`): the label column empty, no other figures, above the rows
        // (or with the label column's heading, over a line of units: `Reserve  2025  2025/26  31 March 2026` over `£000`)
        // (not a row of words found by its date, its first cell merged over it: `⋯ Relaunch the fire setter ⋯ October 2025`)
        // (a line of units under it, `£ ⋯ 2024 £`, makes it a header's line whatever date it holds: `Financial year ⋯ 1 April 2024`)
        while dataIndex.count >= 2, case let k = dataIndex[0],
              case let unitsUnder = k + 1 < fields.count && fields[k + 1].count >= 2
                  && fields[k + 1].allSatisfy({ isUnitsCell($0.text) || (plainPapers && isYearsUnits($0.text)) }),
              !isRowOfWordsWithADate(fields[k]) || (plainPapers && unitsUnder),
              let labelStart = dataIndex.dropFirst().map({ fields[$0][0].start }).min(),
              fields[k][0].start > labelStart + 2 || unitsUnder,
              fields[k].allSatisfy({ f in
                  let x = cleanCell(Substring(f.text)).text
                  return !isLayoutValue(x) || isDateText(x)
              }) {
            dataIndex.removeFirst()
        }
        guard let firstData = dataIndex.first else { return nil }
        let dataLines = Set(dataIndex)
        // one row of figures is a table under a header whose fields stand over its fields (the last
        // row of a table continued on the next page)
        if dataIndex.count == 1, !goesOnFrom(rowAbove, fields[firstData]) {
            // (over the head of the row's label, when it has one: `Percentage of children becoming …`)
            var over = firstData
            if over >= 1, fields[over - 1].count == 1 { over -= 1 }
            // (the headings' line over their units: `Variance` over `£000`)
            var above = fields[..<over].lastIndex(where: { !$0.isEmpty })
            if let a = above, loneUnitsHeading(fields[a]) { above = fields[..<a].lastIndex(where: { !$0.isEmpty }) }
            guard let above, fields[firstData].count >= 3, fields[above].count >= 3,
                  fields[above].allSatisfy({ h in fields[firstData].contains { min($0.end, h.end) > max($0.start, h.start) } })
            else { return nil }
        }
        // a list of labelled values (`Green:   on target`) or a contents list is not a table
        if fields.filter({ $0.count >= 2 }).allSatisfy({ $0[0].text.hasSuffix(":") }) { return nil }
        // notes printed under a rule that closes the table (`====` under the last row, then `¹ Provisional …`)
        // are not rows
        var end = fields.count
        if let lastData = dataIndex.last, let closing = rules.first(where: { $0 > lastData }),
           ((closing + 1)..<fields.count).allSatisfy({ fields[$0].count <= 1 }), closing + 1 < fields.count {
            end = closing + 1
        }
        // a label printed on the lines over and under its row's code and figures (cells centred
        // vertically, as a scorecard pasted from a spreadsheet prints: `Average days to process new
        // Housing Benefit` over `HC01   Low   21.4 …` over `and Council Tax Support claims`): the code
        // first, the two lines of text starting together in the gap after it on the row's line
        func centredLabelAround(_ k: Int) -> Bool {
            guard k >= 1, k + 1 < fields.count, fields[k].count >= 3, isRowCode(fields[k][0].text),
                  fields[k - 1].count == 1, fields[k + 1].count == 1, case let over = fields[k - 1][0], case let under = fields[k + 1][0],
                  abs(over.start - under.start) <= 1, over.start > fields[k][0].end + 1 else { return false }
            // (the label's middle line may stand on the row's line, beside the code: `Major decisions overturned at appeal,`
            // over `DM6  as a percentage of all major decisions  10% max ⋯` over `(24-month rolling)*`)
            // (a blank line above it, and a capital to start it: not the tail of the row above's label; and the middle
            // going on from it, in lower case or after a comma: not a group's name over a coded row, `Adult Social Care and
            // Health` over `ASC01  Expand reablement …`)
            if plainPapers, fields[k].count >= 4, abs(fields[k][1].start - over.start) <= 1,
               !isLayoutValue(cleanCell(Substring(fields[k][1].text)).text) {
                return k >= 2 && fields[k - 2].isEmpty && (over.text.first?.isUppercase ?? false)
                    && (goesOnFromAbove(fields[k][1].text) || hangsOver(over.text))
                    && max(over.end, under.end) < fields[k][2].start
            }
            return max(over.end, under.end) < fields[k][1].start
        }
        let centred = dataIndex.filter(centredLabelAround)
        var centredHeads = Set(centred.map { $0 - 1 })
        var centredTails = Set(centred.map { $0 + 1 })
        // (a line between two such rows could go either way: it is left to the rules below)
        for k in centredHeads.intersection(centredTails) { centredHeads.remove(k); centredTails.remove(k) }
        let body = fields[firstData..<end].filter { !$0.isEmpty }
        guard 3 * body.filter({ $0.count >= 2 }).count >= body.count else { return nil }
        // the columns, from the rows that carry figures: those with the most fields (when two rows
        // or more have that many), so that a label running into the next column in one row does
        // not join two columns; a field of another row under no column makes a column of its own
        // (a row whose label is centred over and under it has that label's column)
        let bodyRows = (firstData..<end).filter { fields[$0].count >= 2 }.map { k in
            centredHeads.contains(k - 1) ? [fields[k][0], fields[k - 1][0]] + fields[k].dropFirst() : fields[k]
        }
        var rowsPerCount: [Int: Int] = [:]
        for r in bodyRows { rowsPerCount[r.count, default: 0] += 1 }
        let fullest = rowsPerCount.filter { $0.value >= 2 }.keys.max()
        var columns = spacedColumns(fullest.map { n in bodyRows.filter { $0.count == n } } ?? bodyRows)
        let stray = bodyRows.flatMap { $0 }.filter { f in !spacedColumnsOf(f, in: columns).contains { columns[$0].overlap(f) > 0 } }
        if !stray.isEmpty {
            columns = spacedColumns([columns.map { SpacedField(start: $0.start, end: $0.end, text: "") } + stray])
        }
        guard columns.count >= 2, columns.count <= 64 else { return nil }
        // a group name standing alone in the label column right above the first row of figures, under
        // the header (`Adults` over its indicators): the table has rows that name groups, and each
        // label alone in its first column that starts with a capital is one of them
        // (or in the column of the first row's text label, after a code column: `HT100  Carriageway …`
        // under `Highway Maintenance`), the header standing right above it or a blank line above it
        var bodyStart = firstData
        var groupColumn = 0
        var groupRows = false
        // the head of the first row's label printed above its figures (`Number of households in
        // temporary` over `accommodation at the end of the quarter   412   380`): lines of text alone in
        // the first column, each going on in lower case on the line under it, the first capitalised
        // (after a code column, the head stands over the label beside the code: `Police officer pay and` over
        // `F100  allowances`)
        let codeFirst = fields[firstData].count >= 3 && isRowCode(fields[firstData][0].text)
            && spacedColumnsOf(fields[firstData][0], in: columns) == [0] && spacedColumnsOf(fields[firstData][1], in: columns).first == 1
        let headColumn = codeFirst ? 1 : 0
        var head = firstData
        while head > 0, firstData - head < 3, fields[head - 1].count == 1,
              goesOnFromAbove(head == firstData && codeFirst ? fields[head][1].text : fields[head].first?.text ?? "")
                || (hangsOver(fields[head - 1][0].text) && !(fields[head].first?.text.isEmpty ?? true)),
              spacedColumnsOf(fields[head - 1][0], in: columns).first == headColumn, fields[head - 1][0].text.count <= 60,
              !isTableCaption(plainLine(Substring(fields[head - 1][0].text))) {
            head -= 1
        }
        if head == firstData, centredHeads.contains(firstData - 1) { head = firstData - 1 }
        var labelTop = firstData
        // (a label centred about its row's line, a blank line under the header: `Major decisions overturned at appeal,`)
        if head < firstData, fields[head][0].text.first?.isUppercase ?? false, head >= 1,
           !fields[head - 1].isEmpty || (plainPapers && centredHeads.contains(head) && head >= 2 && !fields[head - 2].isEmpty) {
            bodyStart = head
            labelTop = head
        }
        // a group name right above the first row's label (its head printed over its figures), in
        // the first column, under the header or a blank line under it
        // (at the label column's left edge: the whole table may be indented)
        // (or at the label's column after a code column, over a head printed there)
        let groupAt = labelTop < firstData ? headColumn : 0
        if labelTop >= 3, fields[labelTop - 1].count == 1, case let g = fields[labelTop - 1][0], g.start <= columns[groupAt].start + (groupAt == 0 ? 0 : 1),
           g.text.count <= 60, g.text.first?.isUppercase ?? false, !hangsOver(g.text), spacedColumnsOf(g, in: columns).first == groupAt,
           fields[labelTop - 2].isEmpty, !dataLines.contains(labelTop - 3),
           fields[labelTop - 3].count >= 2 && !fields[labelTop - 3][0].text.hasSuffix(":")
            || headerEndsAbove(labelTop - 2, from: 0, fields: { fields[$0] }) {
            bodyStart = labelTop - 1
            groupColumn = groupAt
            groupRows = true
        } else if labelTop >= 3, fields[labelTop - 1].isEmpty, fields[labelTop - 2].count == 1, case let g = fields[labelTop - 2][0],
                  g.text.count <= 60, g.text.first?.isUppercase ?? false, !hangsOver(g.text), !dataLines.contains(labelTop - 3),
                  rules.contains(labelTop - 3) || fields[labelTop - 3].count >= 2,
                  case let cols = spacedColumnsOf(g, in: columns), cols.count == 1,
                  fields[labelTop].contains(where: { spacedColumnsOf($0, in: columns) == cols && !isLayoutValue(cleanCell(Substring($0.text)).text) }) {
            // a group name between blank lines under the header's rule, in the column of the labels
            // under it (`Highways and transport` over `PE01  Percentage of …`)
            bodyStart = labelTop - 2
            groupColumn = cols[0]
            groupRows = true
        } else if labelTop < firstData {
        } else if firstData >= 2, case let gl = fields[firstData - 1],
                  // (or a group name beside its own code over coded rows: `100    ADMINISTRATION AND DEMOCRACY` over
                  // `  4000 Salaries …`)
                  gl.count == 1 || (gl.count == 2 && [gl[0].text, fields[firstData][0].text].allSatisfy { t in
                      isCodeLike(t) || (t.count >= 3 && isDigits(Substring(t)))
                  }),
                  case let g = gl[gl.count - 1], g.text.count <= (codeFirst ? 80 : 60),
           g.text.first?.isUppercase ?? false, case let over = spacedColumnsOf(g, in: columns),
           // (a name at the code column's edge running on over the labels beside the codes is in the code column:
           // `Food and Safety` over `PP01   Food hygiene …`)
           case let cols = codeFirst && over.count >= 2 && over.first == 0 && g.start <= columns[0].start ? [0] : over, cols.count == 1 {
            // (the rule drawn under the header between them: `-----` over `EMPLOYEES`)
            var above = firstData - 2
            while above > 0, rules.contains(above) { above -= 1 }
            // (or a header whose last line is one heading's second line, `of success` under `Milestone / measure`)
            let headerAbove = fields[above].count >= 2 && !isSpacedDataLine(fields[above])
                || headerEndsAbove(firstData - 1, from: 0, fields: { fields[$0] })
            let headerOverBlank = firstData >= 3 && fields[firstData - 2].isEmpty && fields[firstData - 3].count >= 2
                && !isSpacedDataLine(fields[firstData - 3]) && !fields[firstData - 3][0].text.hasSuffix(":")
            // the label column: the first column, or the first whose cell in the row of figures is text
            let labelColumn = fields[firstData].first { f in !isLayoutValue(cleanCell(Substring(f.text)).text) && !isCodeLike(f.text) }
                .flatMap { f in spacedColumnsOf(f, in: columns).first }
            // (not the head of the first row's label, which goes on in its cell on the line below)
            let headOfFirstRow = hangsOver(g.text) || fields[firstData].contains { f in
                spacedColumnsOf(f, in: columns) == cols && goesOnFromAbove(cleanCell(Substring(f.text)).text)
            }
            if headOfFirstRow, headerAbove, cols[0] == labelColumn {
                bodyStart = firstData - 1
            // (a name across the codes and labels may stand a blank line under the header too)
            } else if !headOfFirstRow, cols[0] == 0 ? headerAbove || (codeFirst && headerOverBlank) : (headerAbove || headerOverBlank) && cols[0] == labelColumn {
                bodyStart = firstData - 1
                groupColumn = cols[0]
                groupRows = true
            }
        }
        // header lines: up from the first row of figures, while they sit over the columns
        var top = bodyStart
        while top > 0 {
            let f = fields[top - 1]
            if f.isEmpty {
                // a blank line between header and rows, when the header goes on above it (or the rule drawn
                // under the header, `____` over a blank line)
                if top >= 2, fields[top - 2].count >= 2 && !dataLines.contains(top - 2) && !fields[top - 2][0].text.hasSuffix(":")
                    || (top >= 3 && rules.contains(top - 2) && fields[top - 3].count >= 1 && !dataLines.contains(top - 3))
                    || headerEndsAbove(top - 1, from: 0, fields: { fields[$0] })
                    || (top >= 2 && loneUnitsHeading(fields[top - 2])) {
                    top -= 1
                    continue
                }
                break
            }
            if f.count == 1 {
                let only = f[0]
                if only.start == 0 && only.text.count > 30 { break }
                if isTableCaption(plainLine(Substring(only.text))) { break }
            }
            if f.count >= 2, f[0].text.hasSuffix(":") { break }
            // (a numbered heading laid out apart from its number, `3.     Overall performance`, is no header)
            if f.count == 2, f[0].text.first?.isNumber ?? false, isSectionNumber(Substring(f[0].text)),
               isHeading(lines[range.lowerBound + top - 1], plainPapers: true) != nil { break }
            top -= 1
        }
        // a name alone over the first row, at the labels' edge, nothing over the columns of figures (`Finance and
        // Resources` at the top of a page, the table going on without its header): the first group's name, no header
        // (or at the codes' edge, running on over the labels beside them: `Bridges and structures` over `AM09  Chettleby Mill
        // bridge – deck ⋯`)
        if plainPapers, bodyStart - top == 1, bodyStart == firstData, fields[top].count == 1, columns.count >= 3, case let g = fields[top][0],
           case let under = spacedColumnsOf(g, in: columns),
           under == [0] || (under == [0, 1] && isRowCode(fields[firstData][0].text)
                            && dataIndex.filter({ fields[$0][0].start <= columns[0].start }).allSatisfy { isRowCode(fields[$0][0].text) }),
           g.start <= columns[0].start, g.text.count <= 60, g.text.first?.isUppercase ?? false,
           !g.text.hasSuffix(":"), !hangsOver(g.text), top == 0 || fields[top - 1].isEmpty,
           !fields[firstData].contains(where: { goesOnFromAbove(cleanCell(Substring($0.text)).text) }) {
            bodyStart = top
            groupColumn = 0
            groupRows = true
        }
        // a pandoc simple table's rule (`------ --------------- ----------`, its dashes a space apart) gives
        // the columns' extents: header words a single space apart are cut where the rule's dashes break
        // (`Ratio to Band D 2025/26 £` over two runs of dashes), when no word straddles a break
        if let rule = rules.first(where: { $0 >= top && $0 < bodyStart }), rule > top {
            let dashes = Array(lines[range.lowerBound + rule])
            var runs: [Range<Int>] = []
            var runStart = -1
            for (c, ch) in dashes.enumerated() {
                if ch == "-" { if runStart < 0 { runStart = c } } else if runStart >= 0 { runs.append(runStart..<c); runStart = -1 }
            }
            if runStart >= 0 { runs.append(runStart..<dashes.count) }
            if runs.count >= 2 {
                for h in top..<rule where !fields[h].isEmpty {
                    let chars = Array(lines[range.lowerBound + h])
                    // (every break between runs falls on a space of the header line, or past its end)
                    guard zip(runs, runs.dropFirst()).allSatisfy({ a, b in (a.upperBound..<b.lowerBound).allSatisfy { $0 >= chars.count || chars[$0] == " " } })
                    else { continue }
                    var pieces: [SpacedField] = []
                    for (n, run) in runs.enumerated() where run.lowerBound < chars.count {
                        // (the last run takes the rest of the line)
                        let end = n == runs.count - 1 ? chars.count : min(run.upperBound, chars.count)
                        let slice = chars[run.lowerBound..<end]
                        guard let first = slice.firstIndex(where: { $0 != " " }), let last = slice.lastIndex(where: { $0 != " " }) else { continue }
                        pieces.append(SpacedField(start: first, end: last + 1, text: String(chars[first...last])))
                    }
                    if pieces.count > fields[h].count { fields[h] = pieces }
                }
            }
        }
        columns = mergingDriftedColumns(columns, body: bodyRows, header: Array(fields[top..<bodyStart]))
        let headerColumns = spacedHeaderColumns(fields, lines: top..<bodyStart, columns: columns)
        // columns of words (left-aligned, so their fields start together): most of their body fields are text
        var textFields = Array(repeating: 0, count: columns.count), allFields = Array(repeating: 0, count: columns.count)
        var fieldStarts = Array(repeating: [Int: Int](), count: columns.count)
        for k in bodyStart..<end {
            for f in fields[k] {
                let cs = spacedColumnsOf(f, in: columns)
                guard cs.count == 1 else { continue }
                allFields[cs[0]] += 1
                fieldStarts[cs[0]][f.start, default: 0] += 1
                if !isLayoutValue(cleanCell(Substring(f.text)).text) { textFields[cs[0]] += 1 }
            }
        }
        func splitAtTextColumnStarts(_ f: SpacedField, cols: [Int]) -> [(String, Int)]? {
            var pieces: [(String, Int)] = []
            for w in lineWords(Substring(f.text)) {
                let at = f.start + w.start
                // a column of words whose fields mostly start here
                if let c = cols.dropFirst().first(where: { c in
                       (pieces.last.map { c > $0.1 } ?? false) && textFields[c] * 2 > allFields[c] && allFields[c] >= 2
                           && (fieldStarts[c][at] ?? 0) * 2 > allFields[c]
                   }) {
                    pieces.append((w.text, c))
                } else if pieces.isEmpty {
                    pieces.append((w.text, cols[0]))
                } else {
                    pieces[pieces.count - 1].0 += " " + w.text
                }
            }
            return pieces.count >= 2 ? pieces.map { (cleanCell(Substring($0.0)).text, $0.1) } : nil
        }
        func figuresOnePerColumn(_ f: SpacedField) -> [(String, Int)]? {
            var pieces: [(String, Int)] = []
            for w in lineWords(Substring(f.text)) {
                let word = SpacedField(start: f.start + w.start, end: f.start + w.end, text: w.text)
                let text = cleanCell(Substring(w.text)).text
                let over = spacedColumnsOf(word, in: columns).filter { columns[$0].overlap(word) > 0 }
                guard isLayoutValue(text), over.count == 1, pieces.last.map({ $0.1 < over[0] }) ?? true else { return nil }
                pieces.append((text, over[0]))
            }
            return pieces.count >= 2 ? pieces : nil
        }
        // a first column of codes (`CR25/07`, `100`): most of the body's fields in it alone are codes
        let codesFirst = columns.count >= 3 && {
            let firsts = (bodyStart..<end).compactMap { k in fields[k].first.flatMap { spacedColumnsOf($0, in: columns) == [0] ? $0.text : nil } }
            return firsts.count >= 3 && firsts.filter { isCodeLike($0) || (isDigits(Substring($0)) && $0.count >= 2) }.count * 2 > firsts.count
        }()
        var rows: [RawRow] = []
        var indents: [Int] = []   // where each row's first field starts
        var gap = false
        for k in top..<end {
            if fields[k].isEmpty { gap = true; continue }
            indents.append(fields[k][0].start)
            let line = range.lowerBound + k
            var cells = Array(repeating: "", count: columns.count)
            let isHeader = k < bodyStart
            for (fi, whole) in fields[k].enumerated() {
              for (f, headerCols) in isHeader ? headerColumns[k - top][fi] : [(whole, [])] {
                var text = cleanCell(Substring(f.text)).text
                // a heading drawn between dashes: `---- 2024/25 ----`
                if isHeader, text.contains(where: { $0.isLetter || $0.isNumber }) {
                    text = String(text.drop { "-=_─━ ".contains($0) }.reversed().drop { "-=_─━ ".contains($0) }.reversed())
                }
                let cols = isHeader ? headerCols : spacedColumnsOf(f, in: columns)
                if isHeader {
                    // a heading over several columns stands over each of them
                    for c in cols { cells[c] = cells[c].isEmpty ? text : cells[c] + " " + text }
                } else if fields[k].count == 1, cols.first == 0, f.start <= columns[0].start + 1 {
                    // a line of text alone that starts at the first column's left edge is in that column, however
                    // far it runs (a group name `Food safety and health protection` over `EH01  Food …`)
                    cells[0] = cells[0].isEmpty ? text : cells[0] + " " + text
                } else if plainPapers, cols.count >= 2, cols[0] == 0, f.start <= columns[0].start + 1, fi == 0,
                          codesFirst ? isTotalRowLabel(text)
                            : !(text.split(separator: " ").first.map { isRowCode(String($0)) || isDigits($0) } ?? true)
                              && fields[k].dropFirst().contains(where: { isLayoutValue(cleanCell(Substring($0.text)).text) }) {
                    // a total's label from the codes' left edge run on over the labels (`Subtotal B and C roads`
                    // under `CR25/08`), or a label from the first column's edge run on over the next in a row of
                    // figures (`Precautionary network (Priority 1 + 2)` over `Priority 1 ⋯ All A and B roads`): in the
                    // first column, where it starts
                    cells[0] = cells[0].isEmpty ? text : cells[0] + " " + text
                } else if cols.count >= 2, let pieces = figuresOnePerColumn(f) {
                    // figures a single space apart, one over each column (pandoc's bold total row,
                    // `**467.6** **489.2** **461.0**`, the marks widening each past the gap)
                    for (piece, c) in pieces { cells[c] = piece }
                } else if cols.count >= 2, let pieces = splitAtTextColumnStarts(f, cols: cols) {
                    // a label run into the next column of words one space apart (`… sustainability Director of
                    // Resources`, the owner starting where the owners' column starts): split there
                    for (piece, c) in pieces { cells[c] = cells[c].isEmpty ? piece : cells[c] + " " + piece }
                } else if let c = cols.max(by: { columns[$0].overlap(f) < columns[$1].overlap(f) }) {
                    cells[c] = cells[c].isEmpty ? text : cells[c] + " " + text
                }
              }
            }
            var row = RawRow(line: line + 1, cells: cells, pageLabel: false, labelSplitsRow: false, gapBefore: gap, debrisBefore: false)
            row.wrappedLabel = !isHeader && !isSpacedDataLine(fields[k])   // text only, no figures
            rows.append(row)
            gap = false
            kinds[line] = .spaced
        }
        // a line of text only goes with a row of figures: the head of the next row's text when that
        // goes on in lower case right under it, else the rest of the text cells of the row above
        let headerRowCount = rows.prefix { $0.line - 1 - range.lowerBound < bodyStart }.count
        func textOnlyUnder(_ r: RawRow, _ other: RawRow) -> Bool {
            r.cells.indices.allSatisfy { c in r.cells[c].isEmpty || (!other.cells[c].isEmpty && !isLayoutValue(other.cells[c])) }
        }
        func headUnder(_ r: RawRow, _ next: RawRow) -> Bool {
            r.cells.indices.allSatisfy { c in r.cells[c].isEmpty || next.cells[c].isEmpty || !isLayoutValue(next.cells[c]) }
                && r.cells.indices.contains { c in !r.cells[c].isEmpty && !next.cells[c].isEmpty }
                && (r.cells.first.map { !$0.isEmpty && next.cells[0].isEmpty && isCodeLike($0) } ?? false)
        }
        // the head of a row's text: lines of text only, each going on in lower case on the line under it,
        // down to the row's figures (a label wrapped with its figures on its last or middle line)
        var headOf = Array(repeating: false, count: rows.count)
        let fieldLine = rows.map { $0.line - 1 - range.lowerBound }
        for k in headerRowCount..<rows.count where centredHeads.contains(fieldLine[k]) { headOf[k] = true }
        // rows printed a blank line apart: no row of figures straight under another
        // (and some blank line between rows: wrapped labels alone keep rows of figures apart too)
        let rowsBlankApart = rows.count - headerRowCount >= 2 && !(headerRowCount..<(rows.count - 1)).contains { k in
            !rows[k].wrappedLabel && !rows[k + 1].wrappedLabel && !rows[k + 1].gapBefore
        } && ((headerRowCount + 1)..<rows.count).contains { rows[$0].gapBefore }
        // (the least indent of a line of text alone in the body: group names print further left than labels)
        let minLoneLineIndent = (headerRowCount..<rows.count).filter { rows[$0].wrappedLabel && rows[$0].nonEmpty == 1 }.map { indents[$0] }.min() ?? Int.max
        // the right edge of the widest label in the body: where a label too long for the column wraps
        let labelEdge = (headerRowCount..<rows.count).map { indents[$0] + rows[$0].cells[0].count }.max() ?? 0
        // (a total's label does not wrap onto a group name: `Total Housing` over `Regeneration and Economy`)
        // (a label beside a code, `ASC01   Expand reablement and Technology Enabled` over `Care to reduce
        // long-term care packages`, wraps at its column's right edge)
        func tailOfLabelAbove(_ k: Int) -> Bool {
            guard k > headerRowCount, case let above = rows[k - 1], !above.wrappedLabel, above.nonEmpty >= 2,
                  rows[k].nonEmpty == 1, let c = rows[k].cells.firstIndex(where: { !$0.isEmpty }), c < above.cells.count,
                  !above.cells[c].isEmpty, !isTotalRowLabel(above.cells[c]),
                  let word = rows[k].cells[c].split(separator: " ").first else { return false }
            if c == 0 {
                // (a label closed by its bracket is whole: `Mobile boat hoist (50 tonne)` over `Marina`, a group's name)
                if above.cells[0].hasSuffix(")"), word.first?.isUppercase ?? false,
                   above.cells[0].filter({ $0 == "(" }).count == above.cells[0].filter({ $0 == ")" }).count { return false }
                return indents[k - 1] == indents[k] && indents[k - 1] + above.cells[0].count + 1 + word.count > labelEdge
            }
            guard c < columns.count, abs(indents[k] - columns[c].start) <= 1 else { return false }
            return columns[c].start + above.cells[c].count + 1 + word.count > columns[c].end
        }
        // how the table prints a label over two lines: with its figures on the last line (a line of text
        // over a row whose label goes on in lower case, `Major Repairs Reserve applied to finance` over
        // `capital expenditure (Table 4)   -   (9,870)`) or on the first (a line in lower case under a row)
        func startsLower(_ r: RawRow) -> Bool { r.cells.first { !$0.isEmpty }.map { goesOnFromAbove($0) } ?? false }
        func figuresOnLast(_ k: Int) -> Bool {
            guard k + 1 < rows.count, rows[k].wrappedLabel else { return false }
            return !rows[k + 1].wrappedLabel && !rows[k + 1].gapBefore && startsLower(rows[k + 1])
        }
        func figuresOnFirst(_ k: Int) -> Bool {
            guard k > headerRowCount, rows[k].wrappedLabel else { return false }
            return !rows[k - 1].wrappedLabel && !rows[k].gapBefore && startsLower(rows[k])
        }
        let figuresOnLastLine = (headerRowCount..<rows.count).contains(where: figuresOnLast)
        let figuresOnFirstLine = (headerRowCount..<rows.count).contains(where: figuresOnFirst)
        if rows.count >= 2 {
            for k in stride(from: rows.count - 2, through: headerRowCount, by: -1)
            where rows[k].wrappedLabel && !headOf[k] && !centredTails.contains(fieldLine[k]) {
                let next = rows[k + 1]
                // (a head may carry the row's code where the line under it has none: `S24-05  Symud …`)
                // (in rows a blank line apart, text right under the blank line over a row whose code starts it
                // is that row's head: `Percentage of new Education, Health and Care` over `CF04  Plans issued …`)
                let headOfCodedRow = rowsBlankApart && rows[k].gapBefore && (rows[k].cells.first?.isEmpty ?? false) && isCodeLike(next.cells[0])
                    && rows[k].cells.indices.contains { c in c > 0 && !rows[k].cells[c].isEmpty && !next.cells[c].isEmpty }
                // (labels indented under group names printed further left: a line of text at the labels'
                // indent, over a row of figures whose label starts there too, is that label's head:
                // `Safeguarding and Deprivation of Liberty` over `Safeguards   2,947 …`)
                // (a line in lower case goes on from the row above: `monitoring` under `Pollution control and air quality`)
                // (unless the label of the row above could not have held this line's first word: then the
                // line is that label's tail, `Emergency Services Mobile` over `Communications Programme reserve`)
                let headAtLabelIndent = rows[k].nonEmpty == 1 && (rows[k].cells[0].first?.isUppercase ?? false) && !next.cells[0].isEmpty
                    && indents[k] == indents[k + 1] && !isTotalRowLabel(next.cells[0])
                    && indents[k] > minLoneLineIndent && !tailOfLabelAbove(k)
                // (in a table that prints its figures on a label's last line, a capitalised line of text over a
                // row is that row's head: `Depreciation transferred to the Major` over `Repairs Reserve   -   9,120`)
                let headWhereFiguresComeLast = figuresOnLastLine && !figuresOnFirstLine && rows[k].nonEmpty == 1
                    && !rows[k].cells[0].isEmpty && (rows[k].cells[0].first?.isUppercase ?? false)
                    && !next.cells[0].isEmpty && indents[k] == indents[k + 1] && !isTotalRowLabel(next.cells[0])
                    // (a line that could not have held the first word of the label under it: a group name over
                    // its rows, `Income` over `Dwelling rents`, stops short)
                    && indents[k] + rows[k].cells[0].count + 1 + (next.cells[0].split(separator: " ").first?.count ?? 0) > labelEdge
                guard !next.gapBefore, textOnlyUnder(rows[k], next) || headUnder(rows[k], next), !next.wrappedLabel || headOf[k + 1],
                      headOfCodedRow || headAtLabelIndent || headWhereFiguresComeLast || rows[k].cells.indices.contains(where: { c in
                          !rows[k].cells[c].isEmpty && (goesOnFromAbove(next.cells[c]) || (hangsOver(rows[k].cells[c]) && !next.cells[c].isEmpty))
                      })
                else { continue }
                headOf[k] = true
            }
        }
        // the groups the table's totals name (`Total earmarked reserves`, `Subtotal Place`, `Place total`)
        var totalsNamed: Set<String> = []
        for r in rows[headerRowCount...] where !r.wrappedLabel {
            guard let label = r.cells.first, isTotalRowLabel(label) else { continue }
            let words = normalizedKey(label).split(separator: " ").filter { !["total", "subtotal", "sub-total", "net"].contains($0) }
            if !words.isEmpty { totalsNamed.insert(words.joined(separator: " ")) }
        }
        var previous: Int?
        for k in headerRowCount..<rows.count {
            guard rows[k].wrappedLabel else { previous = k; continue }
            rows[k].wrappedLabel = false
            if centredTails.contains(fieldLine[k]) {
                rows[k].joinsAbove = true
                continue
            }
            // (not a line at the labels' indent, further right than the group names, that a label above
            // too long for its column goes on on)
            if groupRows, !headOf[k], rows[k].nonEmpty == 1, !rows[k].cells[groupColumn].isEmpty, rows[k].cells[groupColumn].first?.isUppercase ?? false,
               // (or, at the group names' own indent, a word or two: `Reserve` under `Local Plan and Planning Appeals`)
               !((indents[k] > minLoneLineIndent || groupColumn > 0 || rows[k].cells[0].split(separator: " ").count <= 2) && tailOfLabelAbove(k)),
               // (nor a line indented under the label of the row of figures above it: a hanging indent, `Safeguards`
               // under `Safeguarding and Deprivation of Liberty   1,652 …`; group names print further left)
               !(k > headerRowCount && indents[k] > indents[k - 1] && rows[k - 1].nonEmpty >= 2 && !rows[k - 1].wrappedLabel),
               // (nor the rest of a label above that cannot end where it does: `Special educational needs places –`)
               !(k > headerRowCount && !rows[k - 1].wrappedLabel && rows[k - 1].nonEmpty >= 2 && hangsOver(rows[k - 1].cells[0])) {
                previous = k
                continue
            }
            // a group name between rows: a capitalised label alone under a total (`Resources` under
            // `Subtotal Place`), or one a total further down names (`Earmarked reserves` … `Total
            // earmarked reserves`)
            // or under a code (`Licensing` under `EP03`: a code does not wrap)
            // (not the tail of a label that hangs over: `Total Environment, Transport and` over `Infrastructure`)
            if !headOf[k], rows[k].nonEmpty == 1, let name = rows[k].cells.first, name.first?.isUppercase ?? false, name.count <= 60,
               let p = previous, !rows[k].gapBefore, !hangsOver(rows[p].cells[0]),
               isTotalRowLabel(rows[p].cells[0]) || totalsNamed.contains(normalizedKey(name)) || isCodeLike(rows[p].cells[0])
                // (or one that says it heads what follows: `Earmarked reserves:` under `General reserve   138,600`)
                || name.hasSuffix(":") {
                previous = k
                continue
            }
            // a capitalised line alone right under a whole label that its first word would have fitted
            // beside (`Corporate items` under `Net cost of services   19,419 …`), over a row: no tail of that
            // label, which did not wrap, but the name of the rows below
            if !headOf[k], rows[k].nonEmpty == 1, let name = rows[k].cells.first, name.first?.isUppercase ?? false,
               let p = previous, p == k - 1, !rows[k].gapBefore, !rows[p].cells[0].isEmpty, indents[p] == indents[k],
               !hangsOver(rows[p].cells[0]), !isTotalRowLabel(rows[p].cells[0]), rows[p].nonEmpty >= 2, !tailOfLabelAbove(k),
               k + 1 < rows.count, !rows[k + 1].gapBefore, !rows[k + 1].cells[0].isEmpty, rows[k + 1].nonEmpty >= 2 {
                previous = k
                continue
            }
            // a capitalised line alone printed left of the labels of the rows of figures above and below it
            // (`Other charges` at the group names' indent, between `Private hire operator licence – 1 year` and
            // `Replacement driver badge`): the next group's name, though no group name opened the table
            if !headOf[k], rows[k].nonEmpty == 1, let name = rows[k].cells.first, name.first?.isUppercase ?? false, name.count <= 60,
               let p = previous, p == k - 1, k + 1 < rows.count, !rows[k + 1].wrappedLabel, rows[p].nonEmpty >= 2, rows[k + 1].nonEmpty >= 2,
               indents[k] + 2 <= indents[p], indents[k] + 2 <= indents[k + 1], !hangsOver(rows[p].cells[0]) {
                previous = k
                continue
            }
            if headOf[k] {
                rows[k].joinsBelow = true
            } else if let p = previous, !rows[k].gapBefore, textOnlyUnder(rows[k], rows[p]) {
                rows[k].joinsAbove = true
            }
            if !rows[k].joinsAbove && !rows[k].joinsBelow { previous = k }
        }
        let headerCount = headerRowCount
        let lastLine = rows.last?.line ?? 0
        for k in rules.sorted() where k >= top && range.lowerBound + k + 1 < lastLine {
            kinds[range.lowerBound + k] = .spaced
            rejects.append(RejectedLine(line: range.lowerBound + k + 1, reason: .separator, text: String(lines[range.lowerBound + k])))
        }
        return Block(encoding: .spaces, rows: rows, separatorAfter: headerCount > 0 ? [headerCount - 1] : [])
    }

    /// The columns each header field stands over, by line (from `lines.lowerBound`) and field: those it
    /// overlaps, else the nearest. On the last header line, a field over two columns or more whose words
    /// fall apart into one heading per column (`Original budget Revised budget`, printed one space
    /// apart) is split into them; on a line above, a heading centred over the headings of two
    /// neighbouring columns (`2024/25` over `Budget   Forecast`) stands over both.
    func spacedHeaderColumns(_ fields: [[SpacedField]], lines: Range<Int>, columns: [SpacedColumn]) -> [[[(SpacedField, [Int])]]] {
        var out: [[[(SpacedField, [Int])]]] = lines.map { k in fields[k].map { [($0, spacedColumnsOf($0, in: columns))] } }
        guard let last = lines.last(where: { !fields[$0].isEmpty }) else { return out }
        var headed = Array(repeating: false, count: columns.count)
        var ext = columns
        let lineAbove = lines.reversed().first { $0 < last && !fields[$0].isEmpty }
        for (fi, f) in fields[last].enumerated() {
            var cols = spacedColumnsOf(f, in: columns)
            // a heading over no column, printed left-aligned under one that stands over a column (`FTE`
            // under `days per` under `Sickness`, over figures printed right): that heading's column, not
            // the nearest (which may be the column before)
            if cols.count == 1, columns[cols[0]].overlap(f) == 0, let a = lineAbove, let g = fields[a].first(where: { $0.start == f.start }),
               case let gc = spacedColumnsOf(g, in: columns), gc.count == 1, columns[gc[0]].overlap(g) > 0 {
                cols = gc
                out[last - lines.lowerBound][fi] = [(f, gc)]
            }
            if cols.count >= 2 {
                var pieces: [(SpacedField, [Int])] = []
                var ok = true
                for w in lineWords(Substring(f.text)) where ok {
                    let word = SpacedField(start: f.start + w.start, end: f.start + w.end, text: w.text)
                    let over = spacedColumnsOf(word, in: columns)
                    guard over.count == 1, cols.contains(over[0]) else { ok = false; break }
                    if let p = pieces.last, p.1 == over {
                        pieces[pieces.count - 1].0.end = word.end
                        pieces[pieces.count - 1].0.text += " " + word.text
                    } else {
                        if let p = pieces.last, p.1[0] > over[0] { ok = false; break }
                        pieces.append((word, over))
                    }
                }
                // (a word between the two columns, over neither, goes with the words that make each piece end where
                // its column's figures end, as they are printed right-aligned: `2025/26 31 Mar 2026` over `1,500` and
                // `16,000` is `2025/26` and `31 Mar 2026`, not `2025/26 31` and `Mar 2026`)
                if ok, cols.count == 2, case let words = lineWords(Substring(f.text)),
                   words.contains(where: { w in columns[cols[0]].overlap(SpacedField(start: f.start + w.start, end: f.start + w.end, text: "")) == 0
                       && columns[cols[1]].overlap(SpacedField(start: f.start + w.start, end: f.start + w.end, text: "")) == 0 }) {
                    let splits = (1..<max(1, words.count)).filter { s in
                        f.start + words[s - 1].end == columns[cols[0]].end && f.start + words[words.count - 1].end == columns[cols[1]].end
                    }
                    if splits.count == 1, let s = splits.first {
                        func piece(_ r: Range<Int>) -> SpacedField {
                            SpacedField(start: f.start + words[r.lowerBound].start, end: f.start + words[r.upperBound - 1].end,
                                        text: words[r].map(\.text).joined(separator: " "))
                        }
                        pieces = [(piece(0..<s), [cols[0]]), (piece(s..<words.count), [cols[1]])]
                    }
                }
                if ok, pieces.count == cols.count { out[last - lines.lowerBound][fi] = pieces }
            }
            for (piece, cs) in out[last - lines.lowerBound][fi] {
                for c in cs {
                    headed[c] = true
                    ext[c].start = min(ext[c].start, piece.start)
                    ext[c].end = max(ext[c].end, piece.end)
                }
            }
        }
        for k in lines where k < last {
            for (fi, f) in fields[k].enumerated() {
                let cols = spacedColumnsOf(f, in: columns)
                // two headings printed one space apart over the same unit under each (`Budgeted Substantive`
                // over `WTE   WTE`), each word over its own column: two headings, not one spanning both
                // (or a run of headings of one form, `Year 5 Year 10 Year 15`, one over each column)
                if cols.count >= 2, let pieces = headingsOnePerColumn(f, cols, line: k, fields: fields, header: lines, columns: columns) {
                    out[k - lines.lowerBound][fi] = pieces
                    continue
                }
                if cols.count >= 2 {
                    var over = widenedToItsFamily(cols, heading: k, fields: fields, header: lines, columns: columns)
                    // (or centred over one more column than it overlaps: `Year to date (Month 6)` over `Budget
                    // Actual Variance`, its end short of the last one's figures)
                    if over == cols, let a = cols.first, let b = cols.last {
                        func off(_ x: Int, _ y: Int) -> Int { abs((ext[x].start + ext[y].end) - (f.start + f.end)) }
                        func free(_ c: Int) -> Bool { !fields[k].enumerated().contains { $0.offset != fi && columns[c].overlap($0.element) > 0 } }
                        var bestOff = off(a, b)
                        for (x, y) in [(a - 1, b), (a, b + 1)] where x >= 0 && y < columns.count && headed[x] && headed[y]
                            && free(x == a - 1 ? x : y) && off(x, y) <= 4 && off(x, y) < bestOff {
                            over = Array(x...y)
                            bestOff = off(x, y)
                        }
                        // (or running on over the next column's heading: `Current risk` over `L    I  Score`, its
                        // end over the `Sc` of `Score`)
                        if over == cols, b + 1 < columns.count, free(b + 1), ((k + 1)...last).contains(where: { j in
                            fields[j].contains { g in spacedColumnsOf(g, in: columns) == [b + 1] && min(g.end, f.end) - max(g.start, f.start) >= 2 }
                        }) {
                            over = Array(a...(b + 1))
                        }
                    }
                    out[k - lines.lowerBound][fi] = [(f, over)]
                }
                guard cols.count == 1 else { continue }
                let c = cols[0]
                func offCentre(_ a: Int, _ b: Int) -> Int { abs((ext[a].start + ext[b].end) - (f.start + f.end)) }
                var best = [c], bestOff = offCentre(c, c)
                // (a column is headed by a heading on the header's last line or on any line between: `Variance`
                // over `£000` and `%`, printed on the line above the last)
                // (and no other heading on this line over it: `Not` beside `Responded`, each the top of its own)
                func headedUnder(_ x: Int) -> Bool {
                    headed[x] || (((k + 1)...last).contains { j in fields[j].contains { spacedColumnsOf($0, in: columns) == [x] } }
                                  && !fields[k].enumerated().contains { $0.offset != fi && spacedColumnsOf($0.element, in: columns).contains(x) })
                }
                for (a, b) in [(c - 1, c), (c, c + 1)] where a >= 0 && b < columns.count && headedUnder(a) && headedUnder(b)
                    && f.start >= ext[a].start - 1 && f.end <= ext[b].end + 1 && f.end > ext[a].end && f.start < ext[b].start
                    && f.start + f.end >= 2 * ext[a].end && f.start + f.end <= 2 * ext[b].start {
                    // centred over the two (within two characters), its middle over the gap between them
                    // (within four when it is alone on its line: `2025/26` over `Revised   Forecast`)
                    let off = offCentre(a, b)
                    if off <= (fields[k].count == 1 ? 8 : 4), off < bestOff { best = [a, b]; bestOff = off }
                }
                // (or running on over the heading of the column beside it, which no heading on its line stands
                // over: `Movements 2025/26` over `To reserve  From reserve`, its end over `From res`; the rows
                // above a page break may leave that column narrow, `-` under `From reserve`, so its own
                // heading shows where it lies)
                if best == [c], plainPapers {
                    func free(_ x: Int) -> Bool { !fields[k].enumerated().contains { $0.offset != fi && spacedColumnsOf($0.element, in: columns).contains(x) } }
                    for side in [c + 1, c - 1] where best == [c] && side >= 0 && side < columns.count && free(side)
                        && columns[side].overlap(f) == 0 && ((k + 1)...last).contains(where: { j in
                            fields[j].contains { g in spacedColumnsOf(g, in: columns) == [side] && min(g.end, f.end) - max(g.start, f.start) >= 2 }
                        }) {
                        best = [min(c, side), max(c, side)]
                    }
                }
                // (alone on its line, as well centred over one more column each side: `2025/26 £000` over `Target
                // Delivered  Forecast  Variance`, its middle over the gap between the middle two)
                // (not over a pair of one kind, `Quarter 3  Quarter 2` under `Variance`, beside others)
                func firstWordUnder(_ x: Int) -> String? {
                    ((k + 1)...last).lazy.compactMap { j in fields[j].first { spacedColumnsOf($0, in: columns) == [x] } }
                        .first.map { String($0.text.prefix { $0 != " " }).lowercased() }
                }
                if best.count == 2, fields[k].count == 1, best[0] >= 1, best[1] + 1 < columns.count, headed[best[0] - 1], headed[best[1] + 1],
                   firstWordUnder(best[0]) == nil || firstWordUnder(best[0]) != firstWordUnder(best[1]),
                   case let wide = offCentre(best[0] - 1, best[1] + 1), wide <= 4, wide <= bestOff {
                    best = Array((best[0] - 1)...(best[1] + 1))
                    bestOff = wide
                }
                // (or centred over a run of years, quarters or months that no other heading on its line stands
                // over: `Outturn` over `2022/23  2023/24  2024/25`, beside `Target` over `2025/26`)
                // (or over some of the run's columns, still centred over the run: `Risk category` over `C  D` of `A ⋯ E`)
                if best == [c] || (plainPapers && best.count >= 2),
                   case let run = widenedToItsFamily(best, heading: k, fields: fields, header: lines, columns: columns),
                   run.count >= 3, run.count % 2 == 1, let lo = run.first, let hi = run.last, lo < best[0], best[best.count - 1] < hi,
                   offCentre(lo, hi) <= 4 {
                    best = run
                }
                // (a year over some of a year's four quarters that no other heading stands over, `2024/25` over `Q1 ⋯ Q4`,
                // stands over all four, centred or not)
                if plainPapers, isYearHeading(Substring(f.text)),
                   case let run = widenedToItsFamily([c], heading: k, fields: fields, header: lines, columns: columns),
                   run.map(firstWordUnder) == ["q1", "q2", "q3", "q4"], best.allSatisfy(run.contains) {
                    best = run
                }
                // (or a year with a heading of its own after it on its line, over the columns between the labels
                // and that heading that no heading on its line stands over: `2025/26` over `Revised budget ⋯
                // Variance`, beside `Later years budget` over `2026/27  2027/28`; its middle over them)
                // (on the header's top line: a year lower down is a date's, `31 March` over `2025`)
                // (not one aligned with its own column, the first line of a heading stacked over it: `2025/26` over
                // `precept or` over `demand`)
                if best == [c], isYearHeading(Substring(f.text)), c >= 1, lines.first(where: { !fields[$0].isEmpty }) == k,
                   f.end != ext[c].end, f.start != ext[c].start,
                   let next = fields[k].first(where: { $0.start > f.end && $0.text.contains(where: { $0.isLetter || $0.isNumber }) }),
                   let stop = spacedColumnsOf(next, in: columns).first, stop > c + 1 {
                    func free(_ x: Int) -> Bool {
                        !fields[k].contains { $0.start != f.start && $0.text.contains(where: { $0.isLetter || $0.isNumber }) && columns[x].overlap($0) > 0 }
                    }
                    var lo = c
                    while lo > 1, free(lo - 1) { lo -= 1 }
                    var hi = c
                    while hi + 1 < stop, free(hi + 1) { hi += 1 }
                    // (as far as it is best centred: the next heading may stand over the column before it too)
                    if let h = (c...hi).min(by: { offCentre(lo, $0) < offCentre(lo, $1) }) { hi = max(c, h) }
                    if hi > lo, 2 * ext[lo].start <= f.start + f.end, f.start + f.end <= 2 * ext[hi].end { best = Array(lo...hi) }
                }
                out[k - lines.lowerBound][fi] = [(f, best)]
            }
        }
        // headings over runs of sub-headings that repeat (`Inherent` over `L  I  Score`, `Residual` over
        // `L  I  Score`): each stands over the whole of its run, though it is centred over part of it
        for k in lines where k < last && fields[k].count >= 2 {
            // (the sub-headings are all the header's lines under the heading's, joined: `2023/24` over `Apr–Dec` under
            // `Council tax`, beside `2024/25` over `Apr–Dec`, the two again under `Business rates`)
            var sub = Array(repeating: "", count: columns.count)
            for below in (k + 1)...last where lines.contains(below) {
                for (piece, cs) in out[below - lines.lowerBound].flatMap({ $0 }) where cs.count == 1 {
                    sub[cs[0]] += (sub[cs[0]].isEmpty ? "" : " ") + normalizedKey(piece.text)
                }
            }
            let row = out[k - lines.lowerBound]
            for fi in row.indices where row[fi].count == 1 {
                let cols = row[fi][0].1
                guard let x = cols.first, let y = cols.last else { continue }
                func repeats(_ s: Int, _ p: Int) -> Bool {
                    // (a run of different headings, not of units: `£000  £000  £000` repeats whatever the run; a unit may
                    // stand in it beside a heading of words, `Number  £` under `Council tax` and again under `Business rates`)
                    guard s >= 0, s + p <= columns.count, (s..<(s + p)).allSatisfy({ !sub[$0].isEmpty }),
                          (s..<(s + p)).allSatisfy({ !isUnitsCell(sub[$0]) })
                            || (plainPapers && (s..<(s + p)).contains(where: { !isUnitsCell(sub[$0]) && !isYearHeading(Substring(sub[$0])) })),
                          Set(sub[s..<(s + p)]).count == p else { return false }
                    func same(_ t: Int) -> Bool { t >= 0 && t + p <= columns.count && (0..<p).allSatisfy { sub[s + $0] == sub[t + $0] } }
                    return same(s + p) || same(s - p)
                }
                var run: [Int]?
                for p in 2...6 where run == nil && p > y - x {
                    for s in max(0, y - p + 1)...x where repeats(s, p) {
                        let span = Array(s..<(s + p))
                        // (no other heading on the line stands over the run)
                        let taken = row.indices.contains { gi in gi != fi && row[gi].contains { !Set($0.1).isDisjoint(with: span) } }
                        if !taken { run = span; break }
                    }
                }
                if let run, run != cols { out[k - lines.lowerBound][fi] = [(row[fi][0].0, run)] }
            }
        }
        // headings printed left-aligned one over another (`Swyddi gwag` / `Vacant posts` / `FTE`) over
        // figures printed right-aligned: a heading over no column stands over the column of the heading
        // that starts where it does on the line above
        var above: Int?
        for k in lines where !fields[k].isEmpty {
            defer { above = k }
            guard let a = above else { continue }
            // (the fields above by where they start; fields are in order, so the first starting after a
            // place is found by halving)
            var startsAbove: [Int: Int] = [:]
            for (gi, g) in fields[a].enumerated() { startsAbove[g.start] = gi }
            func firstAbove(after x: Int) -> Int? {
                var lo = 0, hi = fields[a].count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if fields[a][mid].start <= x { lo = mid + 1 } else { hi = mid }
                }
                return lo < fields[a].count ? lo : nil
            }
            for (fi, f) in fields[k].enumerated() where out[k - lines.lowerBound][fi].count == 1 {
                let cols = out[k - lines.lowerBound][fi][0].1
                // a heading run into the one before it (`(Tach/Nov) M7–M8`, one space apart): its word
                // that starts where the heading above the next column starts begins that heading
                if cols.count == 1, let gi = firstAbove(after: f.start + 1), fields[a][gi].start < f.end,
                   case let chars = Array(f.text), chars.count == f.end - f.start, chars[fields[a][gi].start - f.start - 1] == " ",
                   out[a - lines.lowerBound][gi].count == 1, case let next = out[a - lines.lowerBound][gi][0].1,
                   next.count == 1, next[0] == cols[0] + 1 {
                    let cut = fields[a][gi].start - f.start
                    out[k - lines.lowerBound][fi] = [(SpacedField(start: f.start, end: f.start + cut - 1, text: String(chars[..<(cut - 1)])), cols),
                                                     (SpacedField(start: f.start + cut, end: f.end, text: String(chars[cut...])), next)]
                    continue
                }
                guard cols.count == 1, columns[cols[0]].overlap(f) == 0,
                      let gi = startsAbove[f.start], out[a - lines.lowerBound][gi].count == 1,
                      case let over = out[a - lines.lowerBound][gi][0].1, over.count == 1, over != cols else { continue }
                out[k - lines.lowerBound][fi] = [(f, over)]
            }
        }
        // a heading over no column that shares the nearest with a heading on its line standing over it
        // (`RAG` printed between `A` and `↑ Improving`, beside `Direction` over the latter) heads the
        // column on its side when no heading stands over that one
        var headedAny = Array(repeating: false, count: columns.count)
        for piece in out.joined().joined() { for c in piece.1 { headedAny[c] = true } }
        for k in lines {
            let row = out[k - lines.lowerBound]
            for fi in row.indices where row[fi].count == 1 && row[fi][0].1.count == 1 {
                let (f, cs) = row[fi][0]
                let c = cs[0], side = f.end <= columns[c].start ? c - 1 : c + 1
                guard columns[c].overlap(f) == 0, side >= 0, side < columns.count, !headedAny[side],
                      row.indices.contains(where: { gi in gi != fi && row[gi].count == 1 && row[gi][0].1 == [c] && columns[c].overlap(row[gi][0].0) > 0 })
                else { continue }
                out[k - lines.lowerBound][fi] = [(f, [side])]
                headedAny[side] = true
            }
        }
        return out
    }

    /// A header field over several columns that is one heading per column printed one space apart:
    /// its words fall into the columns (each piece overlapping its own), and either the next header
    /// line prints the same text (a unit) under two of them, or every piece is of one form (`Year 5`,
    /// `Year 10`: the same first word).
    func headingsOnePerColumn(_ f: SpacedField, _ cols: [Int], line k: Int, fields: [[SpacedField]], header: Range<Int>,
                              columns: [SpacedColumn]) -> [(SpacedField, [Int])]? {
        var pieces: [(SpacedField, [Int])] = []
        for w in lineWords(Substring(f.text)) {
            let word = SpacedField(start: f.start + w.start, end: f.start + w.end, text: w.text)
            let over = spacedColumnsOf(word, in: columns)
            guard over.count == 1, cols.contains(over[0]), columns[over[0]].overlap(word) > 0 else { return nil }
            if let p = pieces.last, p.1 == over {
                pieces[pieces.count - 1].0.end = word.end
                pieces[pieces.count - 1].0.text += " " + word.text
            } else {
                if let p = pieces.last, p.1[0] > over[0] { return nil }
                pieces.append((word, over))
            }
        }
        guard pieces.count == cols.count else { return nil }
        let firstWords = Set(pieces.map { $0.0.text.split(separator: " ").first.map { normalizedKey(String($0)) } ?? "" })
        if pieces.count >= 2, firstWords.count == 1, pieces.allSatisfy({ $0.0.text.contains(" ") }) { return pieces }
        // (a phrase going on over the next column is one heading: `Movements in 2024/25` over `Transfers  Transfers`)
        guard pieces.count == 2, !(pieces[1].0.text.first?.isLowercase ?? false),
              let below = ((k + 1)..<header.upperBound).first(where: { !fields[$0].isEmpty }) else { return nil }
        let under = cols.map { c in fields[below].filter { spacedColumnsOf($0, in: columns) == [c] }.map(\.text) }
        guard under.allSatisfy({ $0.count == 1 }), normalizedKey(under[0][0]) == normalizedKey(under[1][0]) else { return nil }
        return pieces
    }

    /// A heading over several columns whose sub-headings are of one kind (`Q2 2024/25 RAG status` over
    /// `Amber  Red  Not rated`, and `Green` printed just left of it) stands over the neighbouring columns
    /// whose sub-headings are of that kind too: status words, quarters, months or financial years, as a
    /// heading centred by eye over a run of them leaves one at the edge uncovered.
    func widenedToItsFamily(_ cols: [Int], heading k: Int, fields: [[SpacedField]], header: Range<Int>, columns: [SpacedColumn]) -> [Int] {
        // the words under each column on the header lines below this one (its unit aside: `Green` over `£000`)
        var under = Array(repeating: "", count: columns.count)
        for line in (k + 1)..<header.upperBound {
            for f in fields[line] where !isUnitsCell(f.text) {
                let cs = spacedColumnsOf(f, in: columns)
                if cs.count == 1 { under[cs[0]] += (under[cs[0]].isEmpty ? "" : " ") + f.text }
            }
        }
        func family(_ c: Int) -> String? {
            let t = trimPlanSpace(Substring(under[c]))
            guard !t.isEmpty else { return nil }
            if statusKeyMarks.contains(normalizedKey(String(t))) { return "status" }
            if parseFiscalYear(t) != nil { return "year" }
            let first = t.prefix { $0 != " " }
            // (a year over its units: `2026` / `£000`)
            if isYearHeading(first) { return "year" }
            if first.count == 2, first.first == "Q" || first.first == "q", let d = first.last, "1234".contains(d) { return "quarter" }
            // (categories or bands by a capital letter each: `A  B  C  D  E` under `Risk category`)
            if plainPapers, t.count == 1, let ch = t.first, ch.isUppercase { return "letter" }
            if monthNumber(first) != nil { return "month" }
            // (bands of time: `Under 3 months`, `3 to 6 months`, `Over 12 months`)
            if let last = t.split(separator: " ").last, ["days", "weeks", "months", "years"].contains(last.lowercased()) { return "span" }
            return nil
        }
        guard let kind = family(cols[0]), cols.allSatisfy({ family($0) == kind }) else { return cols }
        // (a column another heading on this line stands over is that heading's)
        func free(_ c: Int) -> Bool { !fields[k].contains { columns[c].overlap($0) > 0 } }
        var lo = cols[0], hi = cols[cols.count - 1]
        while lo > 0, family(lo - 1) == kind, free(lo - 1) { lo -= 1 }
        while hi + 1 < columns.count, family(hi + 1) == kind, free(hi + 1) { hi += 1 }
        return Array(lo...hi)
    }

    /// Text that goes on from the line above: it starts in lower case, or with a bracket or `&`
    /// (`(snapshot count)`, `& open spaces`).
    func goesOnFromAbove(_ text: String) -> Bool {
        guard let f = text.first else { return false }
        return f.isLowercase || ((f == "(" || f == "[" || f == "&") && text.dropFirst().contains { $0.isLetter })
    }

    /// Columns whose values drift by a character or two between rows (`↑` under `Direction` printed
    /// at three places) are one column: two neighbouring columns at most two characters apart (four
    /// under one heading over both) that no row fills both of, and that no header line heads apart (a
    /// heading over one of them and not the other).
    func mergingDriftedColumns(_ columns: [SpacedColumn], body: [[SpacedField]], header: [[SpacedField]]) -> [SpacedColumn] {
        guard columns.count >= 3 else { return columns }
        var out = columns
        var k = 1
        while k < out.count, out.count >= 3 {
            let a = out[k - 1], b = out[k]
            // (further apart, up to four, under one heading that stands over both)
            let headedTogether = header.contains { h in h.contains { a.overlap($0) > 0 && b.overlap($0) > 0 } }
            var mergeable = b.start - a.end <= (headedTogether ? 4 : 2)
            if mergeable {
                for r in body where mergeable {
                    var inA = false, inB = false
                    for f in r {
                        let cols = spacedColumnsOf(f, in: out)
                        if cols.contains(k - 1) { inA = true }
                        if cols.contains(k) { inB = true }
                    }
                    if inA && inB { mergeable = false }
                }
            }
            if mergeable {
                for h in header where mergeable {
                    let overA = h.filter { a.overlap($0) > 0 }.map { $0.start }
                    let overB = h.filter { b.overlap($0) > 0 }.map { $0.start }
                    if overA != overB { mergeable = false }
                }
            }
            if mergeable {
                out[k - 1].end = max(a.end, b.end)
                out.remove(at: k)
            } else {
                k += 1
            }
        }
        return out
    }

    /// A row's code: a reference code, or a number like a section's (`1.1`, `2.10`) that numbers a row
    /// of an action plan.
    func isRowCode(_ s: String) -> Bool {
        if isCodeLike(s) { return true }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { isDigits($0) && $0.count <= 2 } && !s.hasSuffix(".")
    }
}

/// A reference code (`HT100`, `CHN19a`, `S-21`): letters then digits, one word, no spaces.
func isCodeLike(_ s: String) -> Bool {
    let t = trimPlanSpace(Substring(s))
    guard t.count >= 2, t.count <= 12, !t.contains(" "), t.first?.isLetter ?? false else { return false }
    return t.contains(where: { $0.isNumber }) && t.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" || $0 == "." }
}
