/// Tables typed with TABs as tab stops.
///
/// Word's "Save as Plain Text" writes one TAB between a table's cells, so a cell's place is its
/// TAB count, and every row has as many TABs as the table has columns. A table typed with tab
/// stops instead presses TAB until the cursor reaches the column: how many TABs depends on how
/// wide the text before them is (`Pavilion roof⇥⇥⇥12,000` beside `Play area replacement⇥⇥18,500`).
/// Read as Word text such rows fall apart. Each is rewritten as Word would have written it, one
/// TAB per cell, and the TAB-table reader takes it from there.
///
/// The widths are those of the font the typist saw, which the text does not keep, so a cell's place
/// is known for certain only in a row with a cell in every column (its cells in order). A row with
/// fewer cells puts each where its text starts, laid out at stops every eighth column (editors'
/// and Word's default), nearest the columns the full rows start at.

let tabStopWidth = 8

/// The lines with each table typed to tab stops rewritten one TAB per cell, other lines as they
/// are, which lines (0-based) were rewritten, and which were rules typed inside such a table (`--------` under its
/// header or over its total), now blank: the reader reports them as the separators they are. A table is a run of lines holding TABs, between blank lines or lines without a TAB (a group
/// name typed flush left); a run too short to tell (a header, a total, a lone row), or one whose rows
/// happen to hold as many TABs each, a line or two from a typed table, its cells all near that table's
/// columns, is part of that table.
func rewritingTabStopTables(_ lines: [Substring]) -> (lines: [Substring], typed: Set<Int>, rules: Set<Int>) {
    var runs: [Range<Int>] = []
    var i = 0
    while i < lines.count {
        guard lines[i].utf8.contains(9) else { i += 1; continue }
        var j = i
        while j < lines.count, lines[j].utf8.contains(9) { j += 1 }
        runs.append(i..<j)
        i = j
    }
    guard !runs.isEmpty else { return (lines, [], []) }
    var layouts = runs.map { tabStopLayout(lines[$0]) }
    // (a run that joins may bring in the next: a header over a row whose label wraps onto a line without TAB)
    func joinNeighbours() {
        var joined = true
        while joined {
            joined = false
            // (a run whose rows happen to hold as many TABs each, `Quarterly season ticket (long stay)⇥£120.00⇥⇥£130.00`,
            // joins as well: the table's other parts show how it was typed)
            for (k, run) in runs.enumerated() {
                if case .typed = layouts[k] { continue }
                for n in [k - 1, k + 1] where n >= 0 && n < runs.count {
                    guard case .typed(let columns) = layouts[n] else { continue }
                    let between = n < k ? runs[n].upperBound..<run.lowerBound : run.upperBound..<runs[n].lowerBound
                    let placed = lines[run].compactMap { placing(cellsOf($0), in: columns) }
                    // a prose line under a number (`3.1⇥The Council holds …`) fits any table's first
                    // columns: a neighbour joins only with a cell past them
                    // (three lines may stand between: a blank line, then a group's name over its first part's, `EXPENDITURE`
                    // over `Administration`)
                    // (a table of two columns, a label and a figure, is joined by a cell in its second: `Community Grants
                    // reserve (EMR 320)⇥⇥⇥£` over its rows)
                    if between.count <= 2 || groupNamesBetween(between), placed.count == run.count,
                       placed.contains(where: { $0.contains { $0.column >= 2 || (columns.count == 2 && $0.column == 1) } }) {
                        layouts[k] = .typed(columns)
                        joined = true
                        break
                    }
                }
            }
        }
    }
    /// Three lines between two runs that are a blank line and two group names typed flush left (`EXPENDITURE` over
    /// `Administration`), the blank line first or between.
    func groupNamesBetween(_ between: Range<Int>) -> Bool {
        let blank = between.filter { trimPlanSpace(lines[$0]).isEmpty }
        guard between.count == 3, blank.count == 1, blank[0] != between.upperBound - 1 else { return false }
        return between.allSatisfy { l in
            let text = trimPlanSpace(lines[l])
            return text.isEmpty || (text.count <= 60 && (text.first?.isUppercase ?? false) && !text.hasSuffix(".") && !text.hasSuffix(":"))
        }
    }
    // a short run beside a table that tells itself takes that table's columns first: a total a blank line under
    // it (`⇥Total expenditure⇥⇥⇥58,750⇥…`) is its row, though with another such run it might tell a table of its own
    joinNeighbours()
    // rows a blank line apart, each a run of its own with the lines its cells go on on (`2 Precept⇥⇥38,500⇥…` over
    // `⇥⇥⇥⇥⇥⇥⇥raised by 4.9% for`): too short to tell one by one, told together, runs a line or two apart
    // (only runs too short to tell: two tables of Word's, each telling itself, may differ from one another)
    func undecided(_ k: Int) -> Bool { if case .undecided = layouts[k] { return true } else { return false } }
    var c = 0
    while c < runs.count {
        guard undecided(c) else { c += 1; continue }
        var d = c
        while d + 1 < runs.count, undecided(d + 1), runs[d + 1].lowerBound - runs[d].upperBound <= 2 { d += 1 }
        if d > c, case .typed(let columns) = tabStopLayout(ArraySlice(runs[c...d].flatMap { lines[$0] })) {
            for k in c...d {
                let placed = lines[runs[k]].compactMap { placing(cellsOf($0), in: columns) }
                if placed.count == runs[k].count, placed.contains(where: { $0.contains { $0.column >= 2 } }) { layouts[k] = .typed(columns) }
            }
        }
        c = d + 1
    }
    widenNarrowerParts()
    joinNeighbours()
    /// Two typed parts of one table, a group's name or a rule between them, where one part fills a column the other
    /// leaves empty throughout (a budget's `Note` column, filled only under `EXPENDITURE`, not under `INCOME`): the
    /// narrower part takes the wider part's columns, so the header over all of them joins either part and the parts
    /// join one another. Each of the narrower part's lines must fall in the wider columns.
    func widenNarrowerParts() {
        var widened = true
        while widened {
            widened = false
            for k in runs.indices.dropFirst() {
                guard case .typed(let above) = layouts[k - 1], case .typed(let below) = layouts[k],
                      above.count != below.count,
                      case let between = runs[k - 1].upperBound..<runs[k].lowerBound, between.count <= 3 else { continue }
                let names = between.filter { !trimPlanSpace(lines[$0]).isEmpty && !isDashRule(lines[$0]) }
                guard names.count <= 1 || (names.count == 2 && groupNamesBetween(between)),
                      names.allSatisfy({ l in trimPlanSpace(lines[l]).count <= 80 && !trimPlanSpace(lines[l]).hasSuffix(".") })
                else { continue }
                let (narrow, wide) = above.count < below.count ? (k - 1, below) : (k, above)
                guard lines[runs[narrow]].allSatisfy({ placing(cellsOf($0), in: wide) != nil }) else { continue }
                layouts[narrow] = .typed(wide)
                widened = true
            }
        }
    }
    var out = lines
    var typed = Set<Int>(), rules = Set<Int>()
    var laidOut: [[ClosedRange<Int>]?] = Array(repeating: nil, count: runs.count)
    for (k, run) in runs.enumerated() {
        guard case .typed(let columns) = layouts[k] else { continue }
        laidOut[k] = columns
        for l in run {
            guard let placed = placing(cellsOf(lines[l]), in: columns) else { continue }
            var cells = Array(repeating: "", count: columns.count)
            for p in placed { cells[p.column] = p.text }
            out[l] = Substring(cells.joined(separator: "\t"))
            typed.insert(l)
        }
    }
    // a line without a TAB between two parts of a typed table, perhaps beside a blank line (`CREMATION
    // FEES`, `INCOME`: a group name typed flush left), is a row of that table with its first cell filled,
    // as Word writes one
    for k in runs.indices.dropFirst() {
        guard let above = laidOut[k - 1], let below = laidOut[k], above.count == below.count,
              case let between = runs[k - 1].upperBound..<runs[k].lowerBound, between.count <= 3 else { continue }
        // (a rule typed under the header may stand between: `Code⇥Budget heading⇥…` over `-----` over `INCOME`)
        // (or two names, a group's over its first part's, under a blank line: `EXPENDITURE` over `Administration`)
        let names = between.filter { !trimPlanSpace(lines[$0]).isEmpty && !isDashRule(lines[$0]) }
        // (a rule alone, typed under the header or over the total, `--------`, draws no row: the two parts are one table)
        if names.isEmpty, between.contains(where: { isDashRule(lines[$0]) }) {
            for l in between where isDashRule(lines[l]) {
                out[l] = ""
                rules.insert(l)
            }
            continue
        }
        guard between.count <= 2 || names.count < between.filter({ !trimPlanSpace(lines[$0]).isEmpty }).count
                || groupNamesBetween(between) else { continue }
        // (a label's second line, in lower case, `cleaner and conveyor`, is typed where the label is: it
        // is that cell's, a row of its own only to be joined to the label above)
        guard names.count == 1 || (names.count == 2 && groupNamesBetween(between)),
              names.allSatisfy({ l in trimPlanSpace(lines[l]).count <= 80 && !trimPlanSpace(lines[l]).hasSuffix(".") }) else { continue }
        for l in names {
            out[l] = Substring(String(trimPlanSpace(lines[l])) + String(repeating: "\t", count: below.count - 1))
            typed.insert(l)
        }
    }
    return (out, typed, rules)
}

/// A line drawn with dashes alone (`------------`, `=====   =====`).
func isDashRule(_ line: Substring) -> Bool {
    let t = trimPlanSpace(line)
    return t.count >= 3 && t.allSatisfy { "-=_─━ \t".contains($0) } && t.contains(where: { $0 != " " && $0 != "\t" })
}

private enum TabStopLayout {
    /// typed to tab stops: each column's start columns, laid out at the stops, in its full rows
    case typed([ClosedRange<Int>])
    /// one TAB per cell (Word's), or prose
    case notTyped
    /// fewer than two rows with figures, or than two rows with a cell in every column
    case undecided
}

/// A cell of a line: its text and the column it starts at, laid out at the stops.
private struct TypedCell {
    var text: String
    var start: Int
}

private func cellsOf(_ line: Substring) -> [TypedCell] {
    var cells: [TypedCell] = [], column = 0
    for field in line.split(separator: "\t", omittingEmptySubsequences: false) {
        let leading = field.prefix { $0 == " " }.count
        let text = trimPlanSpace(field)
        if !text.isEmpty { cells.append(TypedCell(text: String(text), start: column + leading)) }
        column = ((column + field.count) / tabStopWidth + 1) * tabStopWidth
    }
    return cells
}

/// A run is typed to tab stops when its widest rows (a cell in every column) put their cells at
/// different TAB counts and its rows hold different numbers of TABs: Word writes every row of a
/// table with the same TABs, so neither can happen there. At least two rows of three cells or more
/// must hold a figure or a date beside a label.
private func tabStopLayout(_ run: ArraySlice<Substring>) -> TabStopLayout {
    struct Row { var filled: [Int]; var tabs: Int; var cells: [TypedCell] }
    var rows: [Row] = [], rowsOfFigures = 0
    for line in run {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        let filled = fields.indices.filter { !trimPlanSpace(fields[$0]).isEmpty }
        // (or a date: an action plan's rows give the date each is due by, `Send signed precept form⇥⇥Clerk⇥⇥⇥30 Jan 2026`)
        let figures = filled.dropFirst().filter { k in
            let text = String(trimPlanSpace(fields[k]))
            switch parsePlanCell(text) {
            case .integer, .decimal: return true
            default: return isDateCell(text)
            }
        }
        if !figures.isEmpty, filled.count >= 3 { rowsOfFigures += 1 }
        rows.append(Row(filled: filled, tabs: fields.count - 1, cells: cellsOf(line)))
    }
    // (a column of figures beside labels, each typed on to one stop whatever the label's length: `Balance at 1 April 2024⇥⇥⇥
    // ⇥⇥6,180` beside `Add: repayments received 2024/25⇥⇥⇥370`; three such rows at least, at different TAB counts)
    let pairs = rows.filter { $0.filled.count == 2 && $0.cells.count == 2 }
    if rows.map(\.filled.count).max() == 2, pairs.count >= 3, Set(pairs.map(\.filled)).count > 1,
       case let starts = Set(pairs.map { $0.cells[1].start }), starts.count == 1, let at = starts.first, at >= 2 * tabStopWidth,
       pairs.filter({ p in
           switch parsePlanCell(p.cells[1].text) { case .integer, .decimal: return true; default: return false }
       }).count >= 3 {
        let labels = pairs.map { $0.cells[0].start }
        if let hi = labels.max(), hi < at { return .typed([(labels.min() ?? 0)...hi, at...at]) }
    }
    guard rowsOfFigures >= 2, let width = rows.map(\.filled.count).max(), width >= 3 else { return .undecided }
    let full = rows.filter { $0.filled.count == width && $0.cells.count == width }
    // (one full row is too few to tell: a column of notes filled on one row of a short run, `Water charge, per
    // plot⇥⇥⇥⇥£8.00⇥⇥£9.00⇥⇥Metered`; the runs beside it may tell, taken together)
    if full.count < 2 { return .undecided }
    // (rows whose labels happen to need as many TABs each put their cells at the same TAB counts, but leave columns
    // empty throughout between them, `Tuesday general market⇥⇥⇥48⇥⇥31⇥⇥34⇥⇥71%`, as no table of Word's does: too few to
    // tell alone; the header and total beside them may tell)
    if Set(full.map(\.filled)).count == 1, let cells = full.first?.filled, let last = cells.last,
       (0..<last).contains(where: { c in rows.allSatisfy { !$0.filled.contains(c) } }) { return .undecided }
    guard Set(full.map(\.filled)).count > 1 else { return .notTyped }
    // (rows may all hold as many TABs, each typed on to the last column's stop, `Chapel roof⇥⇥⇥18,200⇥⇥⇥⇥(12,000)⇥6,200`
    // beside `Cemetery extension⇥⇥42,500⇥⇥6,000⇥⇥⇥⇥48,500`, each short of a different column: too few to tell alone, as
    // a sparse table of Word's might look so; told with the header and the total beside them)
    guard Set(rows.map(\.tabs)).count > 1 else { return .undecided }
    let columns = (0..<width).map { c in
        let starts = full.map { $0.cells[c].start }
        return starts.reduce(Int.max, min)...starts.reduce(0, max)
    }
    // the columns must keep their order: a row whose cells overlap another column is no table
    for c in 1..<width where columns[c].lowerBound <= columns[c - 1].upperBound { return .notTyped }
    return .typed(columns)
}

/// The columns a row's cells go in, in order, each nearest where it starts; nil when a cell starts
/// far from every column (more than a stop from it) or the row has more cells than columns.
private func placing(_ cells: [TypedCell], in columns: [ClosedRange<Int>]) -> [(column: Int, text: String)]? {
    guard cells.count <= columns.count else { return nil }
    func distance(_ start: Int, _ c: Int) -> Int {
        columns[c].contains(start) ? 0 : min(abs(start - columns[c].lowerBound), abs(start - columns[c].upperBound))
    }
    // the best order-keeping assignment by dynamic programming over (cell, column)
    let n = cells.count, m = columns.count, far = Int.max / 4
    var cost = Array(repeating: Array(repeating: far, count: m + 1), count: n + 1)
    for c in 0...m { cost[0][c] = 0 }
    for k in stride(from: 1, through: n, by: 1) {
        for c in stride(from: k, through: m, by: 1) {
            let here = distance(cells[k - 1].start, c - 1)
            let take = here > tabStopWidth || cost[k - 1][c - 1] >= far ? far : cost[k - 1][c - 1] + here
            cost[k][c] = min(cost[k][c - 1], take)
        }
    }
    guard n == 0 || cost[n][m] < far else { return nil }
    var placed: [(column: Int, text: String)] = []
    var c = m
    for k in stride(from: n, to: 0, by: -1) {
        while c > k, cost[k][c] == cost[k][c - 1] { c -= 1 }
        placed.append((c - 1, cells[k - 1].text))
        c -= 1
    }
    return placed.reversed()
}
