/// Finds the tables of a plan document (TAB-separated blocks, Markdown pipe tables, HTML tables and
/// tables drawn with spaces),
/// repairs page-break damage, and attributes every row to its plan, directorate and section.

/// The lines of a document. `\r\n` is one Character in Swift, so splitting on `"\n"` alone
/// would leave a Windows file as a single line: split on both.
func documentLines(_ text: String) -> [Substring] {
    // found on the bytes: `\n`, `\r` and `\r\n` are always Characters of their own (a line
    // break never joins a neighbour), so this splits where the Characters would; the bounds
    // are then taken as Character indices (`index(after:)`, `index(before:)`), which later
    // character-by-character walks over the lines need
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = text.startIndex, i = utf8.startIndex
    while i < utf8.endIndex {
        let b = utf8[i]
        guard b == 10 || b == 13 else { utf8.formIndex(after: &i); continue }
        let next = text.index(after: i)   // past the whole `\r\n`
        lines.append(text[start..<text.index(before: next)])
        start = next
        i = next
    }
    lines.append(text[start..<text.endIndex])
    return lines
}

/// Imports one plan document. Never fails: lines that cannot be used are reported in
/// `rejects`, so that every table-looking line is either in a row, a header, or a reject.
package func importDocument(name: String, text: String) -> DocumentImport {
    var lines = documentLines(text)
    if let last = lines.last, last.isEmpty, lines.count > 1 { lines.removeLast() }
    for i in lines.indices where lines[i].utf8.last == 13 { lines[i] = lines[i].dropLast() }
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
    // a form feed starts a page (`pdftotext` puts it at the start of the page's first line)
    let pageStarts = Set(lines.indices.filter { lines[$0].utf8.first == 12 })
    for i in pageStarts { lines[i] = lines[i].drop { $0 == "\u{0C}" } }
    let hasHTMLTable = mayHoldHTMLTable(lines), htmlPage = isHTMLPage(lines)
    var typedLines = Set<Int>(), typedRules = Set<Int>()
    let written = lines
    if !htmlPage { (lines, typedLines, typedRules) = rewritingTabStopTables(lines) }
    let markup = hasHTMLTable || htmlPage ? joiningTagsSplitOverLines(lines) : lines
    let htmlTables = hasHTMLTable ? findHTMLTables(markup) : []
    var proseLines = lines
    if htmlPage { proseLines = htmlPageLines(markup, tables: htmlTables) }
    var extractor = Extractor(name: name, lines: proseLines)
    extractor.htmlTables = htmlTables
    extractor.sourceLines = lines
    extractor.typedToTabStops = typedLines
    extractor.rejects = typedRules.sorted().map { RejectedLine(line: $0 + 1, reason: .separator, text: String(written[$0])) }
    extractor.pageStarts = htmlPage ? [] : pageStarts
    return extractor.run()
}

/// The number a table's caption gives it (`Table 5: Revenue budget …`, `Table 5 (continued)`, `Table 3.1 – …`: `5`, `5`,
/// `3.1`), nil for other text.
func tableNumber(_ caption: String) -> String? {
    guard caption.lowercased().hasPrefix("table ") else { return nil }
    let n = caption.dropFirst(6).prefix { !$0.isWhitespace && $0 != ":" && $0 != "(" }
    let number = n.hasSuffix(".") ? n.dropLast() : n
    return startsATableNumber(number) ? String(number) : nil
}

/// A heading that starts with its section number (`4.`, `4.2`, `12.3.1`) and goes on with its title.
func isNumberedHeadingText(_ h: String) -> Bool {
    let n = h.prefix { $0 != " " }
    return n.count < h.count && n.count <= 8 && (n.first?.isNumber ?? false) && n.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
}

/// A budget table's last row, `Total Cost of Unit`: a table printed after it is another table,
/// even under the same header.
func isGrandTotalRow(_ cells: [String]) -> Bool {
    guard let label = cells.first(where: { !$0.isEmpty && canonicalNumber($0) == nil }) else { return false }
    return normalizedKey(label).hasPrefix("total cost of unit")
}

/// A cell pasted from a spreadsheet with a line break inside is quoted (`"Theatre productivity –`
/// over `additional sessions"`): the quotes are not part of its text (`""` stands for `"`).
func withoutSpreadsheetQuotes(_ s: String) -> String {
    guard s.count >= 2, s.first == "\"", s.last == "\"" else { return s }
    let inner = s.dropFirst().dropLast()
    // quotes inside are doubled; `"Foster" and "Kin"` is two quotations, not a quoted cell
    guard !String(inner).replacing("\"\"", with: "").contains("\"") else { return s }
    return String(inner).replacing("\"\"", with: "\"")
}

/// A total row's label: `Total income`, `Planned Care total`, `Subtotal – Highways`.
func isTotalRowLabel(_ s: String) -> Bool {
    let words = normalizedKey(s).split(whereSeparator: { !$0.isLetter })
    guard let first = words.first, let last = words.last else { return false }
    return first == "total" || first == "subtotal" || last == "total" || last == "subtotal"
}

/// `28 January 2025`, `28 Jan 2025`, `30/09/2025`.
func isDateText(_ s: String) -> Bool {
    let words = s.split(separator: " ")
    if words.count == 3, isDigits(words[0]), words[0].count <= 2, monthNumber(words[1]) != nil, isDigits(words[2]), words[2].count == 4 { return true }
    if words.count == 1 {
        let p = s.split(separator: "/")
        return p.count == 3 && p.allSatisfy { isDigits($0) } && p[2].count == 4
    }
    return false
}

/// A date in any of the forms a cell gives one (`13/01/2025`, `31 March 2026`, `June 2025`): a deadline, a target date.
func isDateCell(_ text: String) -> Bool { isDateText(text) || isMonthAndYear(text) }

/// A month and its year (`June 2025`, `Dec 2025`), or a day before them (`31 March 2026`).
func isMonthAndYear(_ text: String) -> Bool {
    let w = text.split(separator: " ")
    return (w.count == 2 || (w.count == 3 && w[0].count <= 2 && isDigits(w[0]))) && monthNumber(w[w.count - 2]) != nil
        && w[w.count - 1].count == 4 && isCalendarYear(w[w.count - 1])
}

/// How a source line looks.
enum LineKind: Equatable {
    case blank, prose, pageDebris, tab, pipe, pipeSeparator
    /// A line of an HTML table row or caption (`<tr>…</tr>`)
    case html
    /// A line of a table drawn with spaces only
    case spaced
    /// A line of a table drawn with rules (a pandoc grid or multiline table)
    case ruled
    /// A line without TAB between two TAB data rows: part of a row label wrapped by the
    /// converter (`Independent and non-maintained special school` / `placements (INMSS) ⇥ 14,600`)
    case wrappedLabel
    var isTable: Bool { self == .tab || self == .pipe || self == .pipeSeparator || self == .wrappedLabel || self == .html || self == .spaced || self == .ruled }
}

struct RawRow {
    var line: Int            // 1-based
    var cells: [String]
    var pageLabel: Bool       // a page label was removed from some cell
    var labelSplitsRow: Bool  // the label sat at the end of text: the row continues on the next page
    var gapBefore: Bool       // blank line(s) before this row inside the block
    var debrisBefore: Bool    // page debris before this row inside the block
    var wrappedLabel = false  // a line without TAB inside a TAB table (part of a row label)
    var joinsAbove = false    // a line of a space-aligned table holding the rest of the row above's text cells
    var joinsBelow = false    // … or the head of the text cells of the row below
    var moreLines: [Int] = [] // the row's other lines, when it was read over several (a ruled table's box, Word's paragraphs in a cell)
    var nonEmpty: Int { cells.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }
    var firstEmpty: Bool { cells.first?.isEmpty ?? true }
}

struct Extractor {
    let name: String
    let lines: [Substring]
    var kinds: [LineKind] = []
    var rejects: [RejectedLine] = []
    var pageDebris: [Int] = []
    /// Short prose lines that recur next to page labels: running page headers and footers
    /// (`Managing Director's Introduction to 2008/9 CFE Business Plans`), which a table may
    /// run through. A recurring line never seen by a page label is a heading, not a running head.
    var runningHeads: Set<String> = []
    var plans: [PlanSpan] = []
    /// A paper not written to the Kent template (its own headings and layouts).
    var plainPapers = false
    /// The lines as units are found in them: a converter's table of report details read as labelled lines
    /// (`detailsAsLabelledLines`).
    var unitLines: [Substring] = []
    /// The document's HTML tables, and its lines as written (`lines` holds an HTML page's prose as
    /// plain text).
    var htmlTables: [HTMLTable] = []
    var sourceLines: [Substring] = []
    /// Lines (0-based) of tables typed with TABs as tab stops, written again one TAB per cell (`TabStops.swift`).
    var typedToTabStops: Set<Int> = []
    /// Lines (0-based) that start a page: `pdftotext` begins each page after the first with a form feed.
    var pageStarts: Set<Int> = []
    /// Tables drawn with spaces only (`pdftotext -layout`), found among the prose lines.
    var spacedBlocks: [Block] = []
    /// TAB header rows written over several lines (a paragraph break inside a cell, as Word's "Save as
    /// Plain Text" writes it): the row's first line (0-based) -> its last line.
    var rowsOverLines: [Int: Int] = [:]
    /// The line of the paper's first heading (1-based).
    var firstHeadingLine = Int.max
    /// The line of the paper's first numbered heading (`## 1 Introduction`), 1-based.
    var firstNumberedHeadingLine = Int.max
    /// The paper's headings (1-based line, text), in order.
    var headingsFound: [(Int, String)] = []
    /// Tables drawn with rules (pandoc grid and multiline tables).
    var ruledBlocks: [Block] = []
    /// Lines (0-based) of a converter's page footer: running text and a page number (`numberedRunningLines`).
    var numberedFooters: Set<Int> = []
    /// Prose lines printed three times or more, word for word.
    var recurringLines: Set<String> = []

    init(name: String, lines: [Substring]) {
        self.name = name
        self.lines = lines
    }

    mutating func run() -> DocumentImport {
        unitLines = detailsAsLabelledLines(lines)
        let (detected, template) = detectPlans(lines: unitLines)
        self.plans = detected
        plainPapers = !template
        // (a paper not written to the template may name an appendix's unit in a details table under its title)
        if plainPapers, case let again = detailsAsLabelledLines(lines, underAppendices: true), again != unitLines {
            unitLines = again
            self.plans = detectPlans(lines: unitLines).plans
        }
        if plainPapers { numberedFooters = numberedRunningLines() }
        classifyLines()
        // page furniture names no plan: a converter's footer of running text and a page number
        // (`Ravensford District Council | Service Plan 2025/26 2`) or a running page header
        // (`Wyvernmoor District Council ⋯ Environmental Health and Licensing | Service Plan 2025/26`);
        // when a paper has any, its plans are found once more without those lines
        // (and where a labelled line names the unit, `Service: Public Protection`, a plan title printed
        // three times or more, `Aldercote Borough Council – Public Protection Service Plan 2026/27` at the
        // top of each page, is a running head too)
        let labelled = plans.contains { isLabelledUnitLine(unitLines[$0.titleLine - 1]) }
        let repeatedTitles = labelled ? Set(lines.indices.filter { i in
            recurringLines.contains(String(trimPlanSpace(lines[i]))) && !isLabelledUnitLine(lines[i]) && namedUnit(lines[i]) != nil
        }) : []
        if plainPapers, !numberedFooters.isEmpty || !runningHeads.isEmpty || !repeatedTitles.isEmpty {
            let furniture = Set(lines.indices.filter { numberedFooters.contains($0) || runningHeads.contains(String(trimPlanSpace(lines[$0]))) })
                .union(repeatedTitles)
            if !furniture.isEmpty {
                self.plans = detectPlans(lines: unitLines.indices.map { furniture.contains($0) ? "" : unitLines[$0] }).plans
            }
        }
        let headings = collectHeadings(plainPapers: !template)
        firstHeadingLine = headings.first?.0 ?? Int.max
        headingsFound = headings
        firstNumberedHeadingLine = headings.first(where: { isNumberedHeadingText($0.1) })?.0 ?? Int.max
        if plainPapers { self.plans = closeLabelledUnits(self.plans, headings: headings) }
        let plans = self.plans
        var blocks = splitAtKnownHeaders(splitLabelledValues(buildBlocks()))
        if !spacedBlocks.isEmpty || !ruledBlocks.isEmpty {
            blocks += spacedBlocks + ruledBlocks
            blocks.sort { ($0.firstLine ?? $0.rows[0].line) < ($1.firstLine ?? $1.rows[0].line) }
        }
        var tables: [ExtractedTable] = []
        for i in blocks.indices {
            if let reason = notATable(blocks[i]) {
                for r in blocks[i].rows {
                    for l in [r.line] + r.moreLines { rejects.append(RejectedLine(line: l, reason: reason, text: String(lines[l - 1]))) }
                }
                continue
            }
            if let t = buildTable(&blocks[i]) { tables.append(t) }
        }
        if !htmlTables.isEmpty {
            for t in htmlTables { if let x = buildHTMLTable(t) { tables.append(x) } }
            tables.sort { $0.firstLine < $1.firstLine }
        }
        tables = mergeContinuations(tables)
        var doc = DocumentImport(name: name, lineCount: lines.count, tables: [], rejects: [], plans: plans,
                                 pageDebrisLines: [], tableLines: [])
        for i in tables.indices {
            let first = tables[i].firstLine
            if let p = doc.plan(containing: first) {
                tables[i].unit = p.unit
                tables[i].directorate = p.directorate
            }
            // a Kent plan's sections start afresh in each plan; in other papers a unit named under a
            // heading (`### 3. Planning` / `**Service:** Planning`) is in that heading's section
            let notBefore = plainPapers ? 0 : doc.plan(containing: first)?.firstLine ?? 0
            tables[i].section = nearestHeading(headings, before: first, notBefore: notBefore)
            if tables[i].caption.isEmpty { tables[i].caption = caption(before: first) }
            tables[i].doubts = tableDoubts(tables[i], lines: lines, typedToTabStops: typedToTabStops)
        }
        markSplitNeighbours(&tables)
        doc.tables = tables
        doc.rejects = rejects.sorted { $0.line < $1.line }
        doc.pageDebrisLines = Array(Set(pageDebris)).sorted()
        doc.tableLines = kinds.indices.filter { kinds[$0].isTable }.map { $0 + 1 }
        return doc
    }

    /// A unit named by a labelled line under a numbered heading (`2.1 Waste` / `Service: Waste`) ends
    /// at the next heading at that heading's level or above (`2.2 Planning`, `4. Financial summary`).
    func closeLabelledUnits(_ plans: [PlanSpan], headings: [(Int, String)]) -> [PlanSpan] {
        var out = plans
        var h = 0   // headings before the span's line (spans are in order and do not overlap)
        for k in out.indices {
            let at = out[k].titleLine
            while h < headings.count, headings[h].0 < at { h += 1 }
            guard isLabelledUnitLine(unitLines[at - 1]), h > 0 else { continue }
            // a unit named in the title block (under the paper's own title) covers the paper
            let under = lines[headings[h - 1].0 - 1]
            guard headingLevel(under).numbered != nil || isAppendixTitle(under) || appendixSectionDepth(under) != nil else { continue }
            var e = h
            while e < headings.count, headings[e].0 <= out[k].lastLine {
                if headingCloses(lines[headings[e].0 - 1], under: under) {
                    out[k].lastLine = headings[e].0 - 1
                    break
                }
                e += 1
            }
        }
        // the unit named for the whole paper (before its first numbered heading) resumes where a unit named
        // under a heading closes (`Service: Fostering` under `3. Fostering` ends at `4. Budget`, and the
        // budget is the paper's `Children's Services` again)
        if let paper = out.first, paper.titleLine < firstNumberedHeadingLine, isLabelledUnitLine(unitLines[paper.titleLine - 1]) {
            var resumed: [PlanSpan] = []
            for (k, span) in out.enumerated() {
                resumed.append(span)
                let next = k + 1 < out.count ? out[k + 1].firstLine : lines.count + 1
                guard k > 0, span.lastLine + 1 < next else { continue }
                var gap = paper
                gap.firstLine = span.lastLine + 1
                gap.lastLine = next - 1
                resumed.append(gap)
            }
            out = resumed
        }
        // a unit named again before its part has closed (`Directorate : Service Delivery` repeated at
        // the top of each page of a ledger) goes on: one part
        var merged: [PlanSpan] = []
        for span in out {
            if let last = merged.last, last.unit == span.unit, last.directorate == span.directorate, last.lastLine + 1 == span.firstLine {
                merged[merged.count - 1].lastLine = span.lastLine
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    // MARK: line classification

    mutating func classifyLines() {
        kinds.reserveCapacity(lines.count)
        for (i, line) in lines.enumerated() {
            var hasTab = false
            var allSpace = true
            for b in line.utf8 {
                if b == 9 { hasTab = true; break }
                if b != 32 && b != 13 && b != 0xC2 && b != 0xA0 { allSpace = false }
            }
            if hasTab {
                // a Markdown heading with a TAB after its number (`### 4.1⇥Performance indicators`) is a heading
                if plainPapers, isMarkdownHeadingLine(line) {
                    kinds.append(.prose)
                    continue
                }
                // a numbered paragraph or a list item written with a TAB (`1.1⇥This paper presents …`,
                // `•⇥improving access …`, as Word's "Save as Plain Text" writes them) is prose
                if plainPapers, isTabbedProse(line) || isFormLine(line) || isWrappedParagraphLine(i) {
                    kinds.append(.prose)
                    continue
                }
                // a numbered heading laid out with a TAB (`2.⇥Summary position`), on a line of its own
                // (at the top of a page, the line above it is on the page before: `1.⇥PURPOSE OF REPORT` under the contents)
                // (not a row led by its numbered ref broken by a paragraph in its cell, the line under it carrying the rest of
                // the row's TABs: `3.2⇥Move premises records …` over `(phase 2: inspections module)⇥ICT …⇥31 December 2025⇥4`
                // under `3.1⇥…⇥…⇥30 September 2025⇥4`)
                let brokenRow = i >= 1 && i + 1 < lines.count && tabCount(lines[i + 1]) >= 2 && tabCount(lines[i - 1]) >= 3
                    && tabCount(line) + tabCount(lines[i + 1]) == tabCount(lines[i - 1])
                if plainPapers, tabbedNumberedHeading(line) != nil, pageStarts.contains(i) || !tabRowBeside(i - 1, heading: line),
                   !tabRowBeside(i + 1, heading: line), !brokenRow {
                    kinds.append(.prose)
                    continue
                }
                // (an appendix's, `A1⇥Registration and celebratory services`, between blank lines)
                if plainPapers, appendixSectionHeading(i) != nil {
                    kinds.append(.prose)
                    continue
                }
                kinds.append(isTabPageHeader(i) ? .pageDebris : .tab)
                if kinds[i] == .pageDebris { pageDebris.append(i + 1) }
                continue
            }
            if allSpace { kinds.append(.blank); continue }
            let t = trimPlanSpace(line)
            // an HTML comment on a line of its own is not printed; a converter's page markers
            // (`<!-- PageBreak -->`, `<!-- PageFooter="…" -->`, `<!-- PageNumber="4" -->`) are a page break
            if t.hasPrefix("<!--"), t.hasSuffix("-->") {
                let inner = trimPlanSpace(t.dropFirst(4).dropLast(3))
                if inner.hasPrefix("Page") {
                    kinds.append(.pageDebris)
                    pageDebris.append(i + 1)
                } else {
                    kinds.append(.blank)
                }
                continue
            }
            // a line of markup that prints nothing (a converter's page anchor, `<span id="page-6-0"></span>`)
            if plainPapers, t.hasPrefix("<"), t.hasSuffix(">"), t.utf8.count <= 200, !t.hasPrefix("<!--"), htmlText(t).isEmpty {
                kinds.append(.blank)
                continue
            }
            // a page number on a line of its own between blank lines (`4`), as PDF converters print it
            // (or right over the next page's first line)
            if plainPapers, t.utf8.count <= 4, isDigits(t), i > 0, i + 1 < lines.count,
               trimPlanSpace(lines[i - 1]).isEmpty, trimPlanSpace(lines[i + 1]).isEmpty || pageStarts.contains(i + 1) {
                kinds.append(.pageDebris)
                pageDebris.append(i + 1)
                continue
            }
            if isPageFooter(t) || numberedFooters.contains(i) || isConverterPageSeparator(t) {
                kinds.append(.pageDebris)
                pageDebris.append(i + 1)
                continue
            }
            if t.hasPrefix("|"), t.utf8.filter({ $0 == UInt8(ascii: "|") }).count >= 2 {
                kinds.append(isPipeSeparator(t) ? .pipeSeparator : .pipe)
                continue
            }
            if t.utf8.count < 80, containsText(t, "Page") || containsText(t, "page") {
                let c = cleanCell(t)
                if c.text.isEmpty, c.hadPageLabel {
                    kinds.append(.pageDebris)
                    pageDebris.append(i + 1)
                    continue
                }
            }
            kinds.append(.prose)
        }
        ruledBlocks = findRuledTables()
        markPipeTablesWithoutOuterBars()
        markWrappedLabels()
        if plainPapers {
            markHeaderRowsOverLines()
            markBodyRowsOverLines()
        }
        // HTML tables: the lines of their rows and captions; the lines of markup between them
        // (`<table>`, `</tbody>`) hold nothing
        for t in htmlTables {
            for l in t.firstLine...t.lastLine where l <= kinds.count { kinds[l - 1] = .blank }
            for l in t.captionLines + t.rows.flatMap({ $0.lines }) where l <= kinds.count { kinds[l - 1] = .html }
        }
        // the first lines of a paper: its title, which short papers repeat as the page header
        // (in bold at the top, plain in the header: compare the plain text)
        var titleLines: Set<String> = []
        for i in kinds.indices.prefix(12) where kinds[i] == .prose {
            titleLines.insert(plainLine(trimPlanSpace(lines[i])))
        }
        var nearPageLabel: [String: Int] = [:]
        // (page debris lines a few lines apart are one page break: a line beside them counts once)
        var seen: Set<String> = []
        var lastDebris = -100
        for i in kinds.indices where kinds[i] == .pageDebris {
            if i - lastDebris > 4 { seen = [] }
            lastDebris = i
            for j in max(0, i - 3)...min(kinds.count - 1, i + 3) where kinds[j] == .prose {
                let t = trimPlanSpace(lines[j])
                // (a header laid out with spaces, `Council  ⋯  Report Q2`, counts by its words; a row
                // of a table drawn with spaces, three fields or more, is none)
                if t.utf8.count <= 100 || (t.utf8.count <= 200 && collapseSpaces(String(t)).utf8.count <= 100),
                   !t.contains("   ") || spacedFields(t).count <= 2,
                   seen.insert(String(t)).inserted { nearPageLabel[String(t), default: 0] += 1 }
            }
        }
        // seen next to page labels twice, or next to one when it is the paper's title (a short
        // paper with one page break repeats its title as the page header)
        runningHeads = Set(nearPageLabel.filter { $0.value >= 2 || titleLines.contains(plainLine(Substring($0.key))) }.keys)
        // lines printed three times or more, word for word (a running title a few lines from the page label)
        var printed: [Substring: Int] = [:]
        for i in kinds.indices where kinds[i] == .prose {
            let t = trimPlanSpace(lines[i])
            if t.utf8.count >= 8, t.utf8.count <= 200 { printed[t, default: 0] += 1 }
        }
        recurringLines = Set(printed.filter { $0.value >= 3 }.keys.map { String($0) })
        if plainPapers { markPageFurnitureAtPageStarts() }
        spacedBlocks = findSpaceAlignedTables()
        ruledBlocks += findSimpleTables()
    }

    /// Where `pdftotext` marks its pages with form feeds: the last line of a page that is words and a page
    /// number (`OFFICIAL        2`), and a line printed three times or more at the top of a page (a
    /// running head), are page furniture, so that a table running through them goes on.
    mutating func markPageFurnitureAtPageStarts() {
        for p in pageStarts.sorted() where p > 0 && p < lines.count {
            var j = p - 1
            while j > 0, p - j <= 3, kinds[j] == .blank { j -= 1 }
            // (a footer over two lines, its page label alone under it: `Appendix A ⋯ 2` over `Page 23`)
            if j > 0, kinds[j] == .pageDebris || isPageLabel(trimPlanSpace(lines[j])) {
                var above = j - 1
                while above > 0, j - above <= 2, kinds[above] == .blank { above -= 1 }
                if kinds[above] != .blank { j = above }
            }
            // (or a footer of anything short and a page label: `Cabinet 11 December 2025 – Agenda item 9 ⋯ Page 2 of 6`)
            if kinds[j] == .prose, case let f = spacedFields(lines[j]), f.count >= 2, f.count <= 3, let last = f.last,
               (last.text.utf8.count <= 4 && isDigits(Substring(last.text))
                    && f.dropLast().allSatisfy({ !$0.text.contains(where: \.isNumber) || parseFiscalYear(Substring($0.text)) != nil }))
                || (isPageLabel(Substring(last.text)) && f.dropLast().allSatisfy { $0.text.utf8.count <= 100 })
                // (or with the page label between a marking and a reference: `OPEN ⋯ Page 5 of 7 ⋯ SHC/B/2025/07`)
                || (f.count == 3 && isPageLabel(Substring(f[1].text)) && f.allSatisfy { $0.text.utf8.count <= 40 }) {
                kinds[j] = .pageDebris
                pageDebris.append(j + 1)
            }
            // (a blank line may stand between its lines: `OFFICIAL`, then the council's name and the committee's)
            var k = p
            while k < lines.count, k - p <= 3,
                  kinds[k] == .blank || (kinds[k] == .prose && recurringLines.contains(String(trimPlanSpace(lines[k])))) {
                if kinds[k] == .prose {
                    kinds[k] = .pageDebris
                    pageDebris.append(k + 1)
                }
                k += 1
            }
        }
    }

    /// Whether a cell's text goes on from the line above: it starts in lower case, or with a bracketed
    /// aside in lower case (`(excludes planned and cyclical works)`).
    func goesOnInLowerCase(_ cell: String) -> Bool {
        guard let first = cell.first else { return false }
        if first.isLowercase { return true }
        return first == "(" && (cell.dropFirst().first?.isLowercase ?? false)
    }

    /// Whether a cell's text goes on from the line above after a dash: `- instalment 2 of 3` under
    /// `Tregarth Farm phase 2 (112 dwellings)`.
    func goesOnAfterADash(_ cell: String) -> Bool {
        guard let first = cell.first, first == "-" || first == "–", cell.dropFirst().first == " " else { return false }
        return goesOnInLowerCase(String(cell.dropFirst(2)))
    }

    /// A line of a form to fill in, cells of a label and a blank to write on (`Signed: ________ (Chair)⇥Date: ______`):
    /// no table row.
    func isFormLine(_ line: Substring) -> Bool {
        let cells = line.split(separator: "\t").map { trimPlanSpace($0) }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { c in
            guard let colon = c.firstIndex(of: ":"), c.distance(from: c.startIndex, to: colon) <= 30 else { return false }
            return c[colon...].contains("___")
        }
    }

    /// marker's page separator in paginated Markdown: `{2}------------------------------------------------`.
    func isConverterPageSeparator(_ t: Substring) -> Bool {
        guard t.first == "{", let close = t.firstIndex(of: "}") else { return false }
        let number = t[t.index(after: t.startIndex)..<close], rule = t[t.index(after: close)...]
        return isDigits(number) && rule.count >= 3 && rule.allSatisfy { $0 == "-" }
    }

    /// A TAB line that is prose: a numbered paragraph (`1.1⇥This paper presents …`, `7.1⇥The Board is
    /// asked to:`, a sentence after a section number) or a list item (`•⇥improving access …`).
    func isTabbedProse(_ line: Substring) -> Bool {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let mark = trimPlanSpace(parts[0]), text = trimPlanSpace(parts[1])
        guard !mark.isEmpty, let first = text.first else { return false }
        // a bullet's text may start with a figure (`•⇥5,214 homes (5,236 a year earlier)`): words make it an item
        if ["•", "·", "▪", "◦", "o", "-", "–", "§"].contains(mark) { return first.isLetter || text.contains(" ") && text.contains(where: \.isLetter) }
        // (a numbered paragraph may open with a figure: `6.2⇥999 call handling has improved …`, a sentence
        // of more than 100 characters)
        // a lettered or roman list item: `a)⇥approve a net revenue budget …`, `(ii)⇥note the plan`, its text
        // perhaps opening with words in brackets (`e)⇥(maintained school members only) agree the …`)
        let letters = mark.drop { $0 == "(" }.prefix { $0.isLetter }
        if !letters.isEmpty, letters.count <= 4, letters.allSatisfy({ $0.isASCII && $0.isLowercase }),
           letters.count == 1 || letters.allSatisfy({ "ivx".contains($0) }),
           mark.dropFirst(mark.hasPrefix("(") ? 1 : 0).dropFirst(letters.count) == ")" || mark.dropFirst(letters.count) == ".",
           text.count >= 12, case let opening = text.drop(while: { $0 == "(" }).first ?? first, opening.isLetter,
           opening.isLowercase || text.hasSuffix(".") || text.hasSuffix(";") {
            return true
        }
        if !first.isLetter { return isSectionNumber(mark) && text.utf8.count > 100 && text.contains(" ") }
        // (an appendix's numbered paragraph, `A2.1⇥Blue Badge holders may park free of charge …` or `A.1⇥The approved
        // capital programme …`, a sentence of more than 100 characters: rows are led by shorter codes and texts)
        if isAppendixParagraphNumber(mark), text.utf8.count > 100, text.hasSuffix(".") { return true }
        guard isSectionNumber(mark) else { return false }
        return text.utf8.count > 100 || (text.count >= 12 && (text.hasSuffix(".") || text.hasSuffix(":") || text.hasSuffix(";")))
    }

    /// A paragraph that Word saved as text with line breaks, its lines hanging under a TAB: a numbered
    /// paragraph's first line full to the margin (`1.1⇥This report asks the Fire Authority to approve the
    /// revenue budget for 2026/27, the`) over a line that goes on after a TAB (`⇥reserves strategy for …`),
    /// each such line under a line of the paragraph, and a list item indented so (`⇥(a)⇥approve a net …`).
    /// Line `i` is 0-based; the lines above are classified already.
    func isWrappedParagraphLine(_ i: Int) -> Bool {
        func parts(_ l: Substring) -> [Substring] { l.split(separator: "\t", omittingEmptySubsequences: false).map { trimPlanSpace($0) } }
        let p = parts(lines[i])
        // (or a sentence's last word, a year: `⇥2024/25.`)
        func goesOnAfterTab(_ q: [Substring]) -> Bool { q.count == 2 && q[0].isEmpty && (q[1].contains(where: \.isLetter) || q[1].hasSuffix(".")) }
        if p.count == 2, isSectionNumber(p[0]), p[1].count >= 60, p[1].contains(" "), i + 1 < lines.count, goesOnAfterTab(parts(lines[i + 1])) {
            return true
        }
        // (a list item indented by a TAB: `⇥a)⇥the draft budget …`, `⇥•⇥Staff costs: …`)
        if p.count == 3, p[0].isEmpty, isTabbedProse(lines[i].drop { $0 == "\t" }) { return true }
        // (or its mark set off with spaces: `⇥-  a wet winter …`, `⇥(a)  notes the revised estimates …`)
        if p.count == 2, p[0].isEmpty, let gap = p[1].firstRange(of: "  "), p[1].distance(from: p[1].startIndex, to: gap.lowerBound) <= 5,
           isTabbedProse(Substring(String(p[1][..<gap.lowerBound]) + "\t" + p[1][gap.upperBound...].drop { $0 == " " })) {
            return true
        }
        // (and the sentence that leads into such a list: `⇥The Council is recommended to:`)
        if p.count == 2, p[0].isEmpty, p[1].hasSuffix(":"), p[1].split(separator: " ").count >= 4, p[1].first?.isUppercase ?? false,
           let next = lines[(i + 1)...].first(where: { !trimPlanSpace($0).isEmpty }), case let q = parts(next),
           q.count == 3, q[0].isEmpty, isTabbedProse(next.drop { $0 == "\t" }) {
            return true
        }
        guard i > 0, kinds[i - 1] == .prose, containsText(lines[i - 1], "\t") else { return false }
        // (however short: `⇥2026/27.` ends the sentence; under an indented list item's text, two TABs in:
        // `⇥⇥£57.90; and`)
        return p.count >= 2 && p.dropLast().allSatisfy(\.isEmpty) && !p[p.count - 1].isEmpty
    }

    /// Line `i` (0-based) as an appendix's section heading written with a TAB (`A1⇥Registration and celebratory
    /// services`), when it stands apart, a blank line (or the paper's edge) above and below it: rows of a table are led
    /// by such codes too (`R2⇥Ceremonies already booked …`). Nil for any other line.
    func appendixSectionHeading(_ i: Int) -> String? {
        func blank(_ j: Int) -> Bool { j < 0 || j >= lines.count || trimPlanSpace(lines[j]).isEmpty }
        guard blank(i - 1), blank(i + 1), let h = tabbedNumberedHeading(lines[i], appendix: true),
              let number = h.split(separator: " ").first, isAppendixSectionNumber(number) else { return nil }
        return h
    }

    /// Whether line `j` (0-based), next to a numbered heading written with a TAB, is a row of a TAB
    /// table, so that the heading is one too: a numbered paragraph, a list item and a heading one
    /// level above or below (`5.⇥Financial plan` over `5.1⇥Income and expenditure`) are not.
    func tabRowBeside(_ j: Int, heading: Substring) -> Bool {
        guard j >= 0, j < lines.count, containsText(lines[j], "\t") else { return false }
        if isTabbedProse(lines[j]) { return false }
        // (Word writes a table's rows with as many TABs each: a heading of one TAB beside a row of five, `4.⇥Workforce`
        // under `Total incidents⇥6,299⇥…`, is no row of that table)
        if plainPapers, tabCount(heading) == 1, tabCount(lines[j]) >= 3 { return false }
        // (nor is the line naming the part's unit under it, `5.3⇥Cemetery and burial fees` over `Service:⇥Cemetery …`)
        if plainPapers, isLabelledUnitLine(lines[j]) { return false }
        if let a = tabbedNumberedHeading(heading), let b = tabbedNumberedHeading(lines[j]) {
            func number(_ h: String) -> String {
                var n = String(h.prefix { $0 != " " })
                if n.hasSuffix(".") { n.removeLast() }
                return n
            }
            let na = number(a), nb = number(b)
            if nb.hasPrefix(na + "."), !nb.dropFirst(na.count + 1).contains(".") { return false }
            if na.hasPrefix(nb + "."), !na.dropFirst(nb.count + 1).contains(".") { return false }
        }
        return true
    }

    /// A TAB header row written over several lines: Word's "Save as Plain Text" ends a line at each
    /// paragraph break inside a cell, so `Service line⇥2024/25` / `forecast outturn⇥2025/26` /
    /// `plan⇥Change` is one row of four cells (each line goes on in the last cell of the one above),
    /// and a line without TAB goes on in the cell above (`⇥2024/25` / `forecast outturn` / `£000⇥…`).
    /// Taken as one row when the lines, none with figures, hold exactly as many TABs as the first row
    /// of figures below them and the first line holds fewer.
    mutating func markHeaderRowsOverLines() {
        let n = lines.count
        func tabs(_ k: Int) -> Int { tabCount(lines[k]) }
        func figures(_ k: Int) -> Bool {
            lines[k].split(separator: "\t", omittingEmptySubsequences: false).contains { isDataNumber(cleanCell($0).text) }
        }
        func shortText(_ k: Int) -> Bool {
            kinds[k] == .prose && !trimPlanSpace(lines[k]).isEmpty && lines[k].utf8.count <= 60 && !figures(k)
        }
        var i = 0
        while i < n {
            defer { i += 1 }
            guard kinds[i] == .tab, i == 0 || (kinds[i - 1] != .tab && kinds[i - 1] != .wrappedLabel),
                  let last = lines[i].split(separator: "\t", omittingEmptySubsequences: false).last, !trimPlanSpace(last).isEmpty,
                  !figures(i) else { continue }
            // (a whole header row whose last cell goes on in its unit on a line of its own: `Ref⇥Description⇥2025/26`
            // over `£`, Word ending the line at the paragraph break in that cell)
            if plainPapers, i + 1 < n, tabs(i + 1) == 0, isUnitsCell(cleanCell(lines[i + 1]).text) {
                var end = i + 1
                while end + 1 < n, tabs(end + 1) == 0, isUnitsCell(cleanCell(lines[end + 1]).text) { end += 1 }
                if end + 1 < n, kinds[end + 1] == .tab, tabs(end + 1) == tabs(i) {
                    rowsOverLines[i] = end
                    for l in i...end { kinds[l] = .tab }
                    i = end
                    continue
                }
            }
            // the first row of figures below, within a few lines
            var k = i + 1
            while k < min(n, i + 12), kinds[k] == .tab || shortText(k), !(kinds[k] == .tab && figures(k)) { k += 1 }
            guard k < n, kinds[k] == .tab, figures(k) else { continue }
            var width = tabs(k)
            var count = tabs(i), j = i
            guard count < width else { continue }
            while j + 1 < k, count < width {
                j += 1
                // each line goes on in the last cell of the line above: it starts with text
                guard let head = lines[j].split(separator: "\t", omittingEmptySubsequences: false).first,
                      !trimPlanSpace(head).isEmpty else { break }
                count += tabs(j)
            }
            // (the first row of figures may be broken over lines too, its TABs from the header's end on adding up
            // to the header's: `Solid wall houses (pre-1919)⇥External wall insulation` / `Loft insulation top-up⇥38⇥…`)
            if count != width, count > width, j > i, case let rowAbove = ((j + 1)..<k).reduce(0, { $0 + tabs($1) }), rowAbove > 0,
               count == width + rowAbove, ((j + 1)..<k).allSatisfy({ kinds[$0] == .tab }) {
                width = count
            }
            guard count == width, j > i else { continue }
            // lines without TAB after the last TAB go on in the last cell, up to the next row
            var end = j
            while end + 1 < k, kinds[end + 1] != .tab { end += 1 }
            guard end + 1 < n, kinds[end + 1] == .tab else { continue }
            rowsOverLines[i] = end
            for l in i...end { kinds[l] = .tab }
            i = end
        }
    }

    /// A body row of a TAB table broken over lines by paragraph breaks in its cells, as Word's "Save as
    /// Plain Text" writes it: under a whole row (as many TABs as the table's rows hold), lines each with
    /// fewer TABs, the second and later ones starting with text, whose TABs add up to a whole row's, are
    /// one row, each going on in the last cell of the line above (`Option C` / `(recommended)⇥Uprate income
    /// bands …` / `Introduce a minimum weekly award …` / `Increase the hardship fund …⇥6,851⇥57⇥312`;
    /// `⇥IDACI band A` / `primary / secondary⇥£680 / £945⇥…` under a merged group name).
    mutating func markBodyRowsOverLines() {
        let n = lines.count
        func tabs(_ k: Int) -> Int { tabCount(lines[k]) }
        var i = 1
        // (a row over lines ending on the line above is a whole row too, a header's among them)
        var rowAboveWidth: Int?
        var headerEnding: [Int: Int] = [:]
        for (start, end) in rowsOverLines { headerEnding[end] = (start...end).reduce(0) { $0 + tabs($1) } }
        var wentOn = false   // the line above, without TAB, went on in the row above it
        while i < n {
            let width = rowAboveWidth ?? headerEnding[i - 1] ?? tabs(i - 1)
            let underRow = kinds[i - 1] == .tab || wentOn
            rowAboveWidth = nil
            wentOn = false
            defer { i += 1 }
            // (a line with TABs taken for prose, a numbered heading or paragraph, `4.⇥Workforce` under `Total incidents⇥…`,
            // is in no row)
            func prose(_ l: Int) -> Bool { kinds[l] == .prose && tabs(l) > 0 }
            guard width >= 2, underRow, rowsOverLines[i] == nil, tabs(i) < width, !trimPlanSpace(lines[i]).isEmpty, !prose(i) else { continue }
            // (a line without TAB under a row ending in words goes on in that row's last cell)
            // (the last line may hold all the TABs but the first cell's when it cannot start a row, in brackets or
            // lower case: `Retrofit assessment, design and coordination` over `(PAS 2035 roles)⇥312,400⇥…`; a line
            // without TAB over a whole row is otherwise a group's name)
            func startsNoRow(_ l: Int) -> Bool {
                let head = trimPlanSpace(lines[l].prefix { $0 != "\t" })
                return head.first == "(" || (head.first?.isLowercase ?? false)
            }
            // (the rows under it are as wide as the row it goes on in: `Launch planned for 2 June 2025.` under a row over two
            // lines, then `1.2⇥Introduce a triage appointment …⇥Priya Marsh` over the rest of the next row)
            // (not a line whose row goes on under it, `Dunnockwell Scouts` over `(1st Dunnockwell Scout Group)⇥Replacement …`)
            if tabs(i) == 0, let last = lines[i - 1].split(separator: "\t", omittingEmptySubsequences: false).last,
               case let text = cleanCell(last).text, !text.isEmpty, !isDataNumber(text),
               !(plainPapers && i + 1 < n && tabs(i + 1) == width && startsNoRow(i + 1)) {
                if plainPapers {
                    rowAboveWidth = width
                    wentOn = true
                    // (a group's name between rows over lines, `Priority 1: Preventing homelessness earlier` over `1.1⇥Place a
                    // housing options adviser …`, is in the table, its row told when the table is built)
                    let line = trimPlanSpace(lines[i])
                    if kinds[i] == .prose, kinds[i - 1] == .tab, line.count <= 80, line.first?.isUppercase ?? false, !line.hasSuffix("."), !line.hasSuffix(":"),
                       i + 1 < n, tabs(i + 1) >= 1, !trimPlanSpace(lines[i + 1].prefix { $0 != "\t" }).isEmpty,
                       isHeading(lines[i], plainPapers: true) == nil {
                        kinds[i] = .wrappedLabel
                    }
                }
                continue
            }
            // (nor does a line in lower case under a label that hangs over it: its end, `Imported food consignments -⇥6,400⇥…`
            // over `  documentary checks`)
            if plainPapers, tabs(i) == 0, trimPlanSpace(lines[i]).first?.isLowercase ?? false,
               let head = lines[i - 1].split(separator: "\t", omittingEmptySubsequences: false).first, hangsOver(String(trimPlanSpace(head))) {
                continue
            }
            var count = tabs(i), j = i
            // (a code starts a row, so no line led by one goes on from the line above: a group name over
            // `CR01⇥Failure to deliver …` is a row of its own)
            while count < width, j + 1 < n, j - i < 8, tabs(j + 1) < width || (count == 0 && tabs(j + 1) == width && startsNoRow(j + 1)),
                  rowsOverLines[j + 1] == nil, !prose(j + 1),
                  let head = lines[j + 1].split(separator: "\t", omittingEmptySubsequences: false).first, !trimPlanSpace(head).isEmpty,
                  !isCodeLike(String(trimPlanSpace(head))) {
                j += 1
                count += tabs(j)
            }
            guard count == width, j > i else { continue }
            rowsOverLines[i] = j
            for l in i...j { kinds[l] = .tab }
            i = j
            rowAboveWidth = width
        }
    }

    /// A running page header printed with TABs (`Eastvale Schools Forum – 16 January 2025 ⇥⇥ Page 2 of 9`):
    /// a TAB line outside any table whose cells are a page label and at most one text without numbers.
    func isTabPageHeader(_ i: Int) -> Bool {
        guard containsText(lines[i], "Page") || containsText(lines[i], "page") else { return false }
        if i > 0, containsText(lines[i - 1], "\t") { return false }
        if i + 1 < lines.count, containsText(lines[i + 1], "\t") { return false }
        var label = false, texts = 0
        for raw in lines[i].split(separator: "\t", omittingEmptySubsequences: false) {
            let c = cleanCell(raw)
            if c.hadPageLabel, c.text.isEmpty { label = true; continue }
            if c.text.isEmpty { continue }
            if c.hadPageLabel || isDataNumber(c.text) || c.text.count > 100 { return false }
            texts += 1
        }
        return label && texts <= 1
    }

    /// Lines (0-based) of running text printed with a page number at its end or start, as a converter
    /// keeps a PDF's footer (`Hartsmere Fire and Rescue Service – … Plan 2025/26 3`): the same text two
    /// times or more, its numbers rising down the paper. One pass, keyed by the text without its number.
    func numberedRunningLines() -> Set<Int> {
        var byText: [Substring: [(line: Int, page: Int)]] = [:]
        for (i, line) in lines.enumerated() {
            let t = trimPlanSpace(line)
            guard t.utf8.count >= 16, t.utf8.count <= 160, !t.utf8.contains(9), !t.hasPrefix("|"), !t.hasPrefix("#") else { continue }
            var text: Substring?, number: Substring?
            if let space = t.lastIndex(of: " "), case let n = t[t.index(after: space)...], n.utf8.count <= 4, isDigits(n) {
                text = trimPlanSpace(t[..<space]); number = n
            } else if let space = t.firstIndex(of: " "), case let n = t[..<space], n.utf8.count <= 4, isDigits(n) {
                text = trimPlanSpace(t[space...]); number = n
            }
            // the running text is words, not a row of figures or a sentence
            guard let text, let number, let page = Int(number), text.utf8.count >= 12, text.contains(where: { $0.isLetter }),
                  !text.hasSuffix("."), !text.hasSuffix(":"), !text.contains("   ") else { continue }
            byText[text, default: []].append((i, page))
        }
        var out: Set<Int> = []
        for (_, hits) in byText where hits.count >= 2 {
            guard zip(hits, hits.dropFirst()).allSatisfy({ $0.page < $1.page }) else { continue }
            // (a numbered heading printed twice, in the contents and over its section, is no footer)
            guard hits.allSatisfy({ isHeading(lines[$0.line], plainPapers: true) == nil }) else { continue }
            out.formUnion(hits.map { $0.line })
        }
        return out
    }

    /// A page number or footer line: `- 4 -`, or running text ending in a page label after a
    /// separator (`Overview and Scrutiny Committee – 14 November 2024 | Page 4 of 11`).
    func isPageFooter(_ t: Substring) -> Bool {
        guard t.utf8.count <= 140 else { return false }
        var t = t
        // non-breaking spaces written as entities lay the label out apart from the running text
        if t.contains("&nbsp;") || t.contains("\u{00A0}") {
            t = Substring(String(t).replacing("&nbsp;", with: "  ").replacing("\u{00A0}", with: "  "))
        }
        // in italics: `*Combined Authority – Scorecard – Page 2 of 5*`
        for mark: Character in ["*", "_"] where t.count > 2 && t.first == mark && t.last == mark {
            t = trimPlanSpace(t.drop { $0 == mark }.dropLast(t.reversed().prefix { $0 == mark }.count))
        }
        // `- 4 -`, `– 12 –`
        for dash in ["-", "–", "—"] where t.hasPrefix(dash + " ") && t.hasSuffix(" " + dash) && t.count > 4 {
            if isDigits(trimPlanSpace(t.dropFirst().dropLast())) { return true }
        }
        // a report writer's banner, its page number laid out apart at the end: `HARTMOOR FIRE AND
        // RESCUE AUTHORITY ⋯ Page:    2`
        if plainPapers, containsText(t, "Page:"), let r = t.range(of: "Page:", options: .backwards),
           isDigits(trimPlanSpace(t[r.upperBound...])), t[..<r.lowerBound].isEmpty || t[..<r.lowerBound].hasSuffix("   ") {
            return true
        }
        guard containsText(t, "Page ") || containsText(t, "page "), let r = t.range(of: "Page ", options: .backwards) ?? t.range(of: "page ", options: .backwards),
              isPageLabel(t[r.lowerBound...]) else { return false }
        let before = trimPlanSpace(t[..<r.lowerBound])
        guard let last = before.last, before.count >= 3 else { return false }
        // laid out apart from the running text: `OFFICIAL` … `Page 1 of 6`
        if t[..<r.lowerBound].hasSuffix("   ") { return true }
        // a page label in two languages: `Tudalen 2 o 5 / Page 2 of 5`
        if last == "/", trimPlanSpace(before.dropLast()).last?.isNumber ?? false { return true }
        return last == "|" || last == "–" || last == "—" || last == "-" || last == "·" || last == "•"
    }

    /// Blocks laid out like tables that hold no table (their lines are rejected as `not a table`):
    /// labelled values (`Directorate:⇥Resources`, `Contact officer:⇥…`; a two-column pipe table
    /// whose header is a single title, `| Document control | |`), a contents list (section,
    /// title, page number), a signature block (names over the dates they signed).
    func notATable(_ block: Block) -> RejectedLine.Reason? {
        guard plainPapers, !block.rows.isEmpty else { return nil }
        let rows = block.rows
        if isVersionHistoryHeader(rows[0].cells) { return .notATable }
        // a glossary or a legend (`Term | Meaning`, `Rating | Meaning`): words and what they mean, no figures
        // (a pandoc simple table or one laid out with spaces: its cells as read)
        func width(_ r: RawRow) -> Int { block.encoding == .tab || block.encoding == .pipe ? rawCellCount(r) : r.cells.count }
        if rows.count >= 2, rows.allSatisfy({ width($0) == 2 }), rows[0].cells.count == 2,
           legendHeadings.contains(normalizedKey(rows[0].cells[1])),
           !rows.contains(where: { hasNumbers($0) }) {
            return .notATable
        }
        // (or legends one under the other, each under its own `… | Definition` heading, each definition a
        // sentence: `Substantial⇥A sound system of … applied.`, then `Priority⇥Definition⇥Target`)
        func isLegendHeader(_ r: RawRow) -> Bool { r.cells.count >= 2 && legendHeadings.contains(normalizedKey(r.cells[1])) }
        if rows.count >= 3, isLegendHeader(rows[0]), rows.allSatisfy({ r in
            width(r) <= 3 && (isLegendHeader(r) || (r.cells.count >= 2 && r.cells[1].count >= 20 && r.cells[1].hasSuffix(".")))
        }) {
            return .notATable
        }
        // a glossary under a line that says so (`Glossary` over `HSE⇥Health and Safety Executive`): terms and
        // what they stand for, no figures
        if rows.count >= 2, glossaryTitles.contains(normalizedKey(caption(before: rows[0].line))),
           rows.allSatisfy({ r in r.cells.filter { !$0.isEmpty }.count == 2 && !hasNumbers(r) }) {
            return .notATable
        }
        // a risk scoring matrix: each cell the product of its row's and its column's leading numbers
        // (`5 Almost certain⇥5⇥10⇥15⇥20⇥25` under `⇥1 Negligible⇥2 Minor⇥…`), a key to the scores, not data
        if isScoringMatrix(rows.map { $0.cells }) { return .notATable }
        // the tables of a part headed as a key (`Appendix C: Risk scoring key` over likelihood, impact and rating
        // scales): short tables of a few columns that explain the scores, not data
        if let h = headingsFound.last(where: { $0.0 < rows[0].line }), case let k = h.1.lowercased(),
           k.hasSuffix(" key") || k.contains(" key to ") || k.hasSuffix(" legend") || k.hasSuffix(" scoring matrix"),
           rows.count <= 16, rows.allSatisfy({ rawCellCount($0) <= 4 }) {
            return .notATable
        }
        // a status key (`Green⇥On track` over `Amber⇥…`, or two columns of words under a `RAG key` line)
        if isStatusKey(rows.map { $0.cells }, title: caption(before: rows[0].line)) { return .notATable }
        // a contents list with dot leaders (`1.   Purpose of the report ........    1`): most rows end in a page number
        // after a run of dots, whatever heads it
        let leadered = rows.filter { r in
            r.cells.contains { $0.contains("....") } && r.cells.last(where: { !$0.isEmpty }).map { Int($0).map { $0 <= 999 } ?? false } ?? false
        }
        if leadered.count >= 3, leadered.count * 2 >= rows.count { return .notATable }
        if block.encoding == .tab || block.encoding == .pipe || block.encoding == .spaces {
            // a contents list: page numbers in order in the last cell, no other figures (a pipe table's
            // first entry stands above its rule; one laid out with spaces heads its pages `Contents ⋯ Page`)
            var lastPage = 0, ordered = rows.count >= 3
            // (under a header row whose last heading is the page: `| Section | Page |`)
            let pageHeader = rows[0].cells.last(where: { !$0.isEmpty }).map { ["page", "pages", "page no", "page no.", "page number"].contains(normalizedKey($0)) } ?? false
            for r in rows.dropFirst(pageHeader ? 1 : 0) where ordered {
                let filled = r.cells.filter { !$0.isEmpty }
                // (a section number may be written without its dot: `4⇥Resources⇥5`)
                guard filled.count >= 2, let last = filled.last, let page = Int(last), page >= lastPage, page <= 999,
                      !filled.dropLast().enumerated().contains(where: { k, c in
                          isDataNumber(c) && !isSectionNumber(Substring(c)) && !(k == 0 && c.utf8.count <= 2 && isDigits(Substring(c)))
                      }) else { ordered = false; break }
                lastPage = page
            }
            if ordered {
                let above = caption(before: rows[0].line).lowercased()
                let head = normalizedKey(rows[0].cells.first(where: { !$0.isEmpty }) ?? "")
                if above == "contents" || above == "table of contents" || (pageHeader && (head == "contents" || head == "table of contents"))
                    || (block.encoding == .tab && rows.allSatisfy({ r in r.cells.filter { !$0.isEmpty }.count >= 3 })) { return .notATable }
            }
        }
        if block.encoding == .tab {
            // a report's clearance (`Clearance⇥Name⇥Date` over the officers who signed it off, each with a date): who
            // cleared the paper, not plan data
            if rows.count >= 2, ["clearance", "cleared by", "signed off by", "sign off", "sign-off", "report clearance"]
                .contains(normalizedKey(rows[0].cells.first ?? "")), !rows.contains(where: { hasNumbers($0) }) {
                return .notATable
            }
            // an agenda or contents without page numbers (`1.⇥Apologies for absence`): each row a number and
            // words, most of them a heading printed further on (`1.⇥APOLOGIES FOR ABSENCE`), whatever its case,
            // or its first words (`3.⇥MINUTES` for `3.⇥Minutes of the meeting held on 9 October 2025`)
            let later = headingsFound.filter { $0.0 > rows[rows.count - 1].line }.map { normalizedKey($0.1) }
            let items = rows.map { r in r.cells.filter { !$0.isEmpty } }
            if rows.count >= 3, items.allSatisfy({ c in
                c.count == 2 && (isSectionNumber(Substring(c[0])) || (c[0].count <= 2 && isDigits(Substring(c[0])))) && !isDataNumber(c[1])
            }), case let named = items.filter({ c in
                let k = normalizedKey(c[0] + " " + c[1])
                return later.contains { $0 == k || k.hasPrefix($0 + " ") }
            }).count, named * 3 >= rows.count * 2 {
                return .notATable
            }
            // labelled values, and a signature block of them (`Signed:⇥Helen Farrant⇥Town Clerk` over
            // `Date:⇥20 January 2025`): a label ending `:` first on every row, no figures
            if rows.allSatisfy({ isLabelledValueRow($0) })
                || rows.allSatisfy({ r in !r.firstEmpty && r.cells[0].hasSuffix(":") && r.cells[0].count <= 40 && !hasNumbers(r) }) {
                return .notATable
            }
            // (a unit's details right under an appendix's title, `Directorate⇥Education and Lifelong Learning` over `Head of
            // service⇥…`: they name the appendix's unit)
            if plainPapers, rows.count >= 2, rows.count <= 6, let first = rows.first, first.line >= 2, isAppendixTitle(lines[first.line - 2]),
               rows.allSatisfy({ $0.nonEmpty == 2 && !$0.firstEmpty && !hasNumbers($0) }),
               isLabelledUnitLine(Substring(first.cells[0] + ": " + (first.cells.dropFirst().first { !$0.isEmpty } ?? ""))) {
                return .notATable
            }
            // (a value going on in its column on lines of its own: `Appendices:⇥A – Proposed fees and charges 2025/26` over
            // `⇥B – Licensing team establishment`)
            // (or a signature's post under the name, `Signed:⇥⇥J. A. Pemberton` over `⇥⇥⇥Town Clerk and RFO`)
            func valueGoingOn(_ r: RawRow) -> Bool { r.firstEmpty && r.nonEmpty == 1 && !hasNumbers(r) }
            if plainPapers, isLabelledValueRow(rows[0]), rows.filter({ isLabelledValueRow($0) }).count >= 2,
               rows.allSatisfy({ isLabelledValueRow($0) || valueGoingOn($0) }) {
                return .notATable
            }
            // (or a contact's lines under its label, `Contact:⇥Gareth Ellery, Chief Port Health Officer` over
            // `⇥⇥Tel. 01632 960417` and `⇥⇥port.health@…`)
            func contactLine(_ r: RawRow) -> Bool { r.firstEmpty && r.cells.allSatisfy { $0.isEmpty || isContactDetail($0) } }
            if rows.contains(where: contactLine), rows.allSatisfy({ r in
                contactLine(r) || (!r.firstEmpty && r.cells[0].hasSuffix(":") && r.cells[0].count <= 40 && !hasNumbers(r))
            }) {
                return .notATable
            }
            // (or a contact officer's details as labelled values, most of them a telephone number or an email address:
            // `Contact officer⇥Tom Ellery, Assistant Chief Fire Officer` over `Telephone⇥01632 960275` and `Email⇥…`)
            if rows.count >= 2, rows.allSatisfy({ r in
                   rawCellCount(r) == 2 && r.nonEmpty == 2 && r.cells[0].count <= 40 && (r.cells[0].first?.isLetter ?? false)
                       && (!isDataNumber(r.cells[1]) || isContactDetail(r.cells[1]))
               }), case let contacts = rows.filter({ isContactDetail($0.cells[1]) }).count, contacts >= 2, contacts * 2 >= rows.count {
                return .notATable
            }
            // a signature block: the names of the report's authors over their posts (`Gareth Ellery⇥Helen Marchbank`
            // over `Chief Port Health Officer⇥Treasurer`), no figures
            if rows.count == 2 || rows.count == 3, !rows.contains(where: { hasNumbers($0) }),
               case let names = rows[0].cells.filter({ !$0.isEmpty }), !names.isEmpty, names.allSatisfy(isPersonName),
               case let posts = rows[1].cells.filter({ !$0.isEmpty }), posts.count == names.count, posts.allSatisfy(namesAPost),
               rows.count == 2 || rows[2].cells.allSatisfy({ $0.isEmpty || isDateText($0) || namesAPost($0) }) {
                return .notATable
            }
            // a cover sheet's details above the paper's first heading (`Meeting⇥Trust Board`, `Report
            // author⇥…`): two cells on every line, a short label in words (not a code: `41A⇥KCC
            // Residential` is a table) and a value that is text (one figure at most: `Agenda item⇥14`),
            // no label twice
            // (before the first numbered heading: a council's name and the meeting in capitals stand above it)
            // (a value's second paragraph on a line of its own is no row: `Lorna Ferguson-Ibe, …` under `Lead officers⇥…`)
            if case let rows = rows.filter({ !$0.wrappedLabel }), rows.count >= 3,
               rows[0].line < firstHeadingLine || (firstNumberedHeadingLine < Int.max && rows[0].line < firstNumberedHeadingLine),
               rows.allSatisfy({ r in
                   rawCellCount(r) == 2 && r.nonEmpty == 2 && r.cells[0].count <= 40 && (r.cells[0].first?.isLetter ?? false) && !isCodeLike(r.cells[0])
               }),
               rows.filter({ isDataNumber($0.cells[1]) }).count <= 1, Set(rows.map { normalizedKey($0.cells[0]) }).count == rows.count {
                return .notATable
            }
            // a contact block: every row gives a telephone number or an email address
            if rows.allSatisfy({ r in r.cells.contains { isContactDetail($0) } }), !rows.contains(where: { r in
                r.cells.contains { isDataNumber($0) && !isContactDetail($0) }
            }) {
                return .notATable
            }
            // a signature block: a row of dates under a row of names, nothing else
            if rows.count <= 3, !rows.contains(where: { hasNumbers($0) }),
               rows.contains(where: { r in r.nonEmpty >= 1 && r.cells.allSatisfy { $0.isEmpty || isDateText($0) } }),
               rows.allSatisfy({ r in r.cells.allSatisfy { $0.count <= 60 } }) {
                return .notATable
            }
        } else if block.encoding == .pipe {
            // a cover sheet's details as a pipe table above the first numbered heading (`| Report to |
            // Fire Authority |` over `| Date of meeting | 20 February 2025 |`): as in TAB text above
            if coverSheetDetails(block) { return .notATable }
            // contact details as labelled values under an empty header (`| | |` over `| Email | … |`, `| Telephone |
            // 01632 960745 |`, `| Address | … |`)
            // (the empty header is no row: the rule stands right over the first)
            if case let first = rows[0].line, first >= 3, kinds[first - 2] == .pipeSeparator,
               splitPipe(lines[first - 3]).allSatisfy({ trimPlanSpace(Substring($0)).isEmpty }), rows.count >= 2,
               rows.allSatisfy({ rawCellCount($0) == 2 && $0.nonEmpty == 2 && $0.cells[0].count <= 40 && !isDataNumber($0.cells[0]) }),
               rows.contains(where: { r in isContactDetail(r.cells[1]) }),
               !rows.contains(where: { r in isDataNumber(r.cells[1]) && !isContactDetail(r.cells[1]) }) {
                return .notATable
            }
            // (or every row of two a label with its colon, the row over the rule too, and a contact detail among them:
            // `| Name: | Gareth Prys-Morgan |` over the rule, `| Telephone: | 01632 960771 |`, `| Email: | … |`)
            if plainPapers, rows.count >= 3, rows.allSatisfy({ rawCellCount($0) == 2 && $0.nonEmpty == 2 && $0.cells[0].hasSuffix(":") && $0.cells[0].count <= 40 }),
               rows.contains(where: { r in isContactDetail(r.cells[1]) }),
               !rows.contains(where: { r in isDataNumber(r.cells[1]) && !isContactDetail(r.cells[1]) }) {
                return .notATable
            }
            // a two-column block of labelled values under a one-cell title
            if let sep = block.separatorAfter.min(), sep == 0, rows.count >= 2, rawCellCount(rows[0]) == 2, rows[0].nonEmpty == 1,
               !rows[0].firstEmpty, rows.dropFirst().allSatisfy({ rawCellCount($0) == 2 && !$0.firstEmpty && !isDataNumber($0.cells[0]) }) {
                return .notATable
            }
        } else if block.encoding == .ruled, coverSheetDetails(block) {
            // (a pandoc grid table without header holding them)
            return .notATable
        } else if block.encoding == .spaces {
            // contacts laid out with spaces (`Gareth Milbourne, Development Manager      01632 960537`): every
            // row gives a telephone number or an email address, no other figure
            if rows.allSatisfy({ r in r.cells.contains { isContactDetail($0) } }),
               !rows.contains(where: { r in r.cells.contains { isDataNumber($0) && !isContactDetail($0) } }) {
                return .notATable
            }
            if areKeyFacts(block) { return .notATable }
        }
        // (in Word text too: `Households on the housing register⇥2,871`)
        if block.encoding == .tab, areKeyFacts(block) { return .notATable }
        return nil
    }

    /// A version history's header (`Version | Date | Author | Change`): the paper's own record, not plan data.
    func isVersionHistoryHeader(_ cells: [String]) -> Bool {
        let first = Set(cells.map { normalizedKey($0) })
        return (first.contains("version") || first.contains("revision")) && first.contains("date")
            && !first.isDisjoint(with: ["author", "change", "changes", "description", "comments", "summary of changes", "approved by"])
    }

    /// A block of key facts (`Population of the district      118,600`) under a heading that says so:
    /// labelled values, one to a row.
    func areKeyFacts(_ block: Block) -> Bool {
        guard block.rows.allSatisfy({ $0.nonEmpty == 2 && !$0.firstEmpty }), let first = block.rows.first?.line else { return false }
        var j = first - 2, title = ""
        while j >= 0, first - j <= 4 {
            let t = trimPlanSpace(lines[j])
            if !t.isEmpty { title = plainLine(t).lowercased(); break }
            j -= 1
        }
        return ["key facts", "at a glance", "facts and figures", "in numbers"].contains(where: { title.contains($0) })
    }

    /// Rows under a header whose cells after the first lead with numbers (`1 Negligible`, `2 Minor`), each
    /// row led by a number (`5 Almost certain`) and holding in each column the product of the two.
    func isScoringMatrix(_ rows: [[String]]) -> Bool {
        func lead(_ s: String) -> Int? { s.split(separator: " ").first.flatMap { Int($0) } }
        guard let h = rows.firstIndex(where: { r in r.count >= 4 && r.dropFirst().filter({ !$0.isEmpty }).count >= 3
                                              && r.dropFirst().filter({ !$0.isEmpty }).allSatisfy({ lead($0) != nil }) }) else { return false }
        let heads = rows[h].map(lead)
        let body = rows[(h + 1)...].filter { !$0.allSatisfy(\.isEmpty) }
        return body.count >= 3 && body.allSatisfy { r in
            guard let m = r.first.flatMap(lead) else { return false }
            return r.indices.dropFirst().allSatisfy { c in
                r[c].isEmpty || (c < heads.count && heads[c].map { Int(r[c]) == m * $0 } ?? false)
            }
        }
    }

    /// A cover sheet's details in a pipe or pandoc table above the paper's first numbered heading: at
    /// least three rows of two cells, a short label in words (no code) and a text value (one figure at
    /// most: `Agenda item | 9`), no label twice.
    func coverSheetDetails(_ block: Block) -> Bool {
        let rows = block.rows
        return rows.count >= 3 && rows[0].line < firstNumberedHeadingLine
            && rows.allSatisfy({ r in
                r.cells.count == 2 && r.nonEmpty == 2 && r.cells[0].count <= 40 && (r.cells[0].first?.isLetter ?? false) && !isCodeLike(r.cells[0])
            })
            && rows.filter({ isDataNumber($0.cells[1]) }).count <= 1 && Set(rows.map { normalizedKey($0.cells[0]) }).count == rows.count
    }

    /// A person's name as a report signs it: two to four words, each capitalised, of letters
    /// (`Helen Marchbank`, `Dr Amira Khan`, `J. O'Neill-Hart`).
    func isPersonName(_ cell: String) -> Bool {
        let words = cell.split(separator: " ")
        return (2...4).contains(words.count) && cell.count <= 40 && words.allSatisfy { w in
            (w.first?.isUppercase ?? false) && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
        }
    }

    /// A post an officer signs as (`Chief Port Health Officer`, `Treasurer`, `Director of Resources`).
    func namesAPost(_ cell: String) -> Bool {
        let posts: Set<String> = ["officer", "treasurer", "director", "manager", "clerk", "executive", "head", "secretary", "solicitor",
                                  "accountant", "chair", "chairman", "leader", "controller", "commissioner", "chief", "lead", "deputy"]
        return cell.count <= 80 && !isDataNumber(cell) && cell.split(separator: " ").contains { posts.contains($0.lowercased()) }
    }

    /// An email address or a UK telephone number (`01632 960231`, `+44 1632 960231`, `Tel: 01632 960 771`).
    func isContactDetail(_ cell: String) -> Bool {
        var t = trimPlanSpace(Substring(cell))
        for label in ["Email:", "E-mail:", "E:"] where t.hasPrefix(label) { t = trimPlanSpace(t.dropFirst(label.count)) }
        if !t.contains(" "), let at = t.firstIndex(of: "@"), t[at...].contains("."), t.first != "@" { return true }
        var s = t
        for label in ["Tel:", "Tel.", "Tel", "Telephone:", "Phone:", "Mobile:", "T:"] where s.hasPrefix(label) { s = trimPlanSpace(s.dropFirst(label.count)) }
        let digits = s.filter { $0.isNumber }
        return (s.hasPrefix("0") || s.hasPrefix("+44")) && (10...12).contains(digits.count)
            && s.allSatisfy { $0.isNumber || $0 == " " || $0 == "+" || $0 == "(" || $0 == ")" || $0 == "-" }
    }

    /// A TAB row of a labelled value: `Prepared by:⇥Clerk`, `Date:⇥3 Jan 2025`.
    func isLabelledValueRow(_ r: RawRow) -> Bool {
        r.nonEmpty == 2 && !r.firstEmpty && r.cells[0].hasSuffix(":") && r.cells[0].count <= 40
    }

    /// A block of labelled values one blank line above or below a table (`Prepared by:⇥Clerk` under
    /// the last budget line) is not part of it: the block is split at that blank line.
    func splitLabelledValues(_ blocks: [Block]) -> [Block] {
        guard plainPapers else { return blocks }
        var out: [Block] = []
        for b in blocks {
            guard b.encoding == .tab, b.rows.count >= 2 else { out.append(b); continue }
            var start = 0
            for g in 1..<b.rows.count where b.rows[g].gapBefore {
                let before = b.rows[start..<g], after = b.rows[g...]
                let labelsBefore = before.allSatisfy { isLabelledValueRow($0) }
                let labelsAfter = after.allSatisfy { isLabelledValueRow($0) }
                if labelsBefore != labelsAfter {
                    out.append(Block(encoding: b.encoding, rows: Array(before), separatorAfter: []))
                    start = g
                }
            }
            if start == 0 { out.append(b) } else { out.append(Block(encoding: b.encoding, rows: Array(b.rows[start...]), separatorAfter: [])) }
        }
        return out
    }

    /// Cells of a row as printed, trailing empty ones included.
    func rawCellCount(_ r: RawRow) -> Int {
        let line = lines[r.line - 1]
        if r.wrappedLabel { return 1 }
        if !r.moreLines.isEmpty { return r.cells.count }
        return line.contains("\t") ? line.split(separator: "\t", omittingEmptySubsequences: false).count : splitPipe(line).count
    }

    /// Lines without TAB standing between two TAB data rows (numbers on both sides): the
    /// converter wrapped a row label onto a line of its own. Kept in the table so that the label
    /// is joined to its row (see `buildTable`).
    mutating func markWrappedLabels() {
        guard kinds.count >= 3 else { return }
        func dataRow(_ j: Int) -> Bool {
            lines[j].split(separator: "\t", omittingEmptySubsequences: false).dropFirst().contains { isDataNumber(cleanCell($0).text) }
        }
        func tabs(_ j: Int) -> Int { tabCount(lines[j]) }
        // a header row of words alone over the line (`Code⇥Measure⇥…` / `Overall` / `TP01⇥…`): the line
        // names the first group of rows
        func headerOver(_ j: Int) -> Bool {
            (j == 0 || kinds[j - 1] != .tab || !dataRow(j - 1)) && !dataRow(j) && tabs(j) == tabs(j + 2) && !isTabbedProse(lines[j])
        }
        for i in 1..<(kinds.count - 1) where kinds[i] == .prose && kinds[i - 1] == .tab && (kinds[i + 1] == .tab || kinds[i + 1] == .blank) {
            let t = trimPlanSpace(lines[i])
            // (or a group name kept in its row of TABs, `Other services⇥⇥⇥`, among rows of figures)
            let groupWithTabs = i >= 2 && kinds[i - 2] == .tab && !dataRow(i - 1)
                && lines[i - 1].split(separator: "\t", omittingEmptySubsequences: false).dropFirst().allSatisfy { trimPlanSpace($0).isEmpty }
            // (or a whole row of words and values above, `Scan to email⇥Free⇥Free⇥–`, as wide as the row of figures below)
            let wholeRowAbove = tabs(i - 1) == tabs(i + 1) && !isTabbedProse(lines[i - 1]) && !t.hasSuffix(".") && !t.hasSuffix(":")
                && !isTableCaption(plainLine(t))
            // (or, in rows of words led by codes, `CR01/A1⇥Bring forward …⇥Feb 2026⇥On track`, a line between two coded
            // rows, or under the header over one: the name of the group below)
            func codeRow(_ j: Int) -> Bool {
                lines[j].split(separator: "\t", omittingEmptySubsequences: false).first.map { isCodeLike(String(trimPlanSpace($0))) } ?? false
            }
            let betweenCodedRows = codeRow(i + 1) && tabs(i + 1) == tabs(i - 1) && (codeRow(i - 1) || headerOver(i - 1))
            // (or, in rows of words, a short line that is no sentence between two lines of TABs as wide as each
            // other, the header and the first row or two rows: Word's merged group row, a meeting's date over
            // its items, `Wednesday 16 July 2025` between `Item⇥Purpose and scope⇥…` and `Housing Allocations Policy⇥…`)
            let betweenWordRows = tabs(i + 1) >= 2 && tabs(i + 1) == tabs(i - 1) && !isTabbedProse(lines[i - 1]) && !isTabbedProse(lines[i + 1])
                && !t.hasSuffix(".") && !t.hasSuffix(":") && !t.hasSuffix(";") && !isTableCaption(plainLine(t))
            // (or a sentence under a row whose last cell is a sentence: that cell's second paragraph, `Testing of 15
            // grants in January 2026 found two without an independent check.` under `…⇥Partly implemented. A checklist …`)
            func isSentence(_ x: Substring) -> Bool { x.split(separator: " ").count >= (plainPapers ? 2 : 4) && (x.hasSuffix(".") || x.hasSuffix(";")) }
            // (the cell above ending a sentence: `Application fee.`, `Monitor.`)
            // (or under the last line of a row broken over lines, one TAB left on it, the row's lines' TABs adding up to the
            // next row's: `Hackney carriage drivers⇥14⇥Increase too high …` over `Request to pay …⇥Increases are below …` over
            // `Instalment option to be explored for 2026/27.`)
            let endOfBrokenRow = plainPapers && tabs(i - 1) == 1 && i >= 2 && kinds[i - 2] == .tab && kinds[i + 1] == .tab
                && tabs(i - 2) + tabs(i - 1) == tabs(i + 1) && !isTabbedProse(lines[i - 1]) && !isTabbedProse(lines[i - 2])
            let paragraphOfLastCell = isSentence(t) && (tabs(i - 1) >= 2 || endOfBrokenRow)
                && lines[i - 1].split(separator: "\t").last.map { c in
                    let x = trimPlanSpace(c)
                    return x.hasSuffix(".") || x.hasSuffix(";")
                } ?? false
            // (in a table of coded rows broken over lines by paragraphs in their cells, as Word saves it: a name over a
            // coded row, `Theme 2: Housing and communities` over `CR04⇥Demand for …`, whatever the lines around it hold,
            // and a line inside a row, under its code and over a line of TABs that starts no row, `Weekly placement panel.`)
            let groupOverCodedRow = plainPapers && codeRow(i + 1) && !t.hasSuffix(".") && !t.hasSuffix(":") && t.utf8.count <= 80
                && (t.first?.isUppercase ?? false) && !isTableCaption(plainLine(t))
            // (not a line that leads into what follows, `Key to RAG status:` over `Green⇥Target met or exceeded`)
            // (nor a key's title, `RAG key` over `Green⇥Target met or exceeded`)
            let keyTitle = (t.lowercased().hasSuffix("key") || t.lowercased().hasPrefix("key")) && t.utf8.count <= 30
                && lines[i + 1].split(separator: "\t").first.map { statusKeyMarks.contains(normalizedKey(String(trimPlanSpace($0)))) } ?? false
            let insideBrokenRow = plainPapers && kinds[i + 1] == .tab && !codeRow(i + 1) && !lines[i + 1].hasPrefix("\t") && ((max(0, i - 3))..<i).contains(where: { kinds[$0] == .tab && codeRow($0) })
                && !isTableCaption(plainLine(t)) && !t.hasSuffix(":") && !keyTitle
            // (a table's last line: only a cell's paragraph goes on under it, or the end of its label, in lower case
            // under a row of figures: `Infectious disease notifications⇥⇥n/a⇥…` over `  from vessels`)
            let labelEnds = plainPapers && dataRow(i - 1) && t.first?.isLowercase ?? false && t.utf8.count <= 60 && !t.hasSuffix(".")
            guard kinds[i + 1] == .tab || (plainPapers && paragraphOfLastCell) || labelEnds else { continue }
            // (a heading by its words alone, `Staffing and administration`, between two lines of one table's TABs, is a group of it)
            let groupBetweenRows = plainPapers && kinds[i + 1] == .tab && tabs(i + 1) >= 2 && tabs(i + 1) == tabs(i - 1)
                && headingLevel(lines[i]).numbered == nil && !isMarkdownHeadingLine(lines[i]) && t.utf8.count <= 60
                && !t.hasSuffix(".") && !t.hasSuffix(":") && !isTableCaption(plainLine(t)) && t.contains(where: \.isLowercase)
            guard t.utf8.count <= 100 || paragraphOfLastCell || insideBrokenRow, isHeading(lines[i], plainPapers: true) == nil || groupBetweenRows,
                  dataRow(i - 1) || headerOver(i - 1) || groupWithTabs || wholeRowAbove || betweenCodedRows || betweenWordRows || paragraphOfLastCell
                    || groupOverCodedRow || insideBrokenRow,
                  dataRow(i + 1) || betweenCodedRows || betweenWordRows || paragraphOfLastCell || groupOverCodedRow || insideBrokenRow
                    || labelEnds else { continue }
            kinds[i] = .wrappedLabel
        }
        // (Word's paragraphs of a row's last cell, one to three lines without TAB between two whole rows, the lower one's
        // first cell empty, a group's name merged down over it: `Q2: 12 awareness sessions delivered` / `Q4: evaluation report
        // to Committee` between `Protect vulnerable residents⇥AP1⇥…⇥Q1: recruit 20 new Scams Champions` and `⇥AP2⇥…`; no
        // group's name can stand there, the group going on under it)
        if plainPapers {
            var i = 1
            while i < kinds.count {
                defer { i += 1 }
                guard kinds[i] == .prose, kinds[i - 1] == .tab || kinds[i - 1] == .wrappedLabel else { continue }
                var top = i - 1
                while top > 0, kinds[top] == .wrappedLabel { top -= 1 }
                guard kinds[top] == .tab, case let width = tabCount(lines[top]), width >= 3, !isTabbedProse(lines[top]),
                      let last = lines[top].split(separator: "\t", omittingEmptySubsequences: false).last,
                      case let lastText = trimPlanSpace(last), !lastText.isEmpty, !isDataNumber(cleanCell(lastText).text) else { continue }
                var j = i
                while j < kinds.count, j - i < 3, kinds[j] == .prose, !trimPlanSpace(lines[j]).isEmpty, lines[j].utf8.count <= 120,
                      isHeading(lines[j], plainPapers: true) == nil, !trimPlanSpace(lines[j]).hasSuffix(":") { j += 1 }
                guard j > i, j < kinds.count, kinds[j] == .tab, tabCount(lines[j]) == width, lines[j].hasPrefix("\t") else { continue }
                for l in i..<j { kinds[l] = .wrappedLabel }
                i = j
            }
        }
        // lines without TAB between two rows of a label and a text value (`Lead officers⇥Marcus Tennant-Shaw, …` over
        // `Lorna Ferguson-Ibe, …` over `Philip Ashdown-Roe, Treasurer` over `Classification⇥…`): the value's paragraphs
        if plainPapers {
            func labelledText(_ l: Int) -> Bool {
                let parts = lines[l].split(separator: "\t", omittingEmptySubsequences: false).map { trimPlanSpace($0) }
                return parts.count == 2 && !parts[1].isEmpty && parts[0].count <= 40 && (parts[0].first?.isLetter ?? false)
                    && !parts[0].hasSuffix(":") && !isDataNumber(cleanCell(parts[1]).text)
            }
            var i = 1
            while i < kinds.count {
                defer { i += 1 }
                guard kinds[i] == .prose, kinds[i - 1] == .tab, labelledText(i - 1) else { continue }
                var j = i
                while j < kinds.count, j - i < 3, kinds[j] == .prose { j += 1 }
                guard j < kinds.count, kinds[j] == .tab, labelledText(j), (i..<j).allSatisfy({ k in
                    let t = trimPlanSpace(lines[k])
                    return !t.isEmpty && t.utf8.count <= 100 && !t.hasSuffix(":") && isHeading(lines[k], plainPapers: true) == nil
                }) else { continue }
                for k in i..<j { kinds[k] = .wrappedLabel }
                i = j
            }
        }
        // two lines without TAB between rows as wide as each other: a group's name over the first paragraph of
        // the next row's label (`Garden waste` over `Garden waste subscription` over `(first bin, per year)⇥48.00⇥…`)
        for i in 1..<max(1, kinds.count - 2) where kinds[i] == .prose && kinds[i + 1] == .prose && kinds[i - 1] == .tab && kinds[i + 2] == .tab {
            let a = trimPlanSpace(lines[i]), b = trimPlanSpace(lines[i + 1])
            guard tabs(i - 1) >= 2, tabs(i - 1) == tabs(i + 2), dataRow(i + 2), !isTabbedProse(lines[i + 2]),
                  [a, b].allSatisfy({ t in
                      t.utf8.count <= 80 && !t.hasSuffix(".") && !t.hasSuffix(":") && !isTableCaption(plainLine(t))
                          && isHeading(Substring(t), plainPapers: true) == nil
                  }),
                  let label = lines[i + 2].split(separator: "\t", omittingEmptySubsequences: false).first,
                  goesOnInLowerCase(String(trimPlanSpace(label))) else { continue }
            kinds[i] = .wrappedLabel
            kinds[i + 1] = .wrappedLabel
        }
    }

    /// GitHub Markdown allows pipe tables without the outer bars (`a | b` over `:-- | --:`):
    /// the line above a separator rule is the header, and the lines below it with as many
    /// cells are rows.
    mutating func markPipeTablesWithoutOuterBars() {
        for i in kinds.indices where kinds[i] == .prose {
            let t = trimPlanSpace(lines[i])
            guard t.contains("|"), t.contains("-"), t.allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }),
                  isPipeSeparator(t), i > 0, kinds[i - 1] == .prose else { continue }
            let width = splitPipe(t).count
            guard width >= 2, splitPipe(trimPlanSpace(lines[i - 1])).count == width else { continue }
            kinds[i - 1] = .pipe
            kinds[i] = .pipeSeparator
            var j = i + 1
            // a row may stop short (`**Total** | **93.2** | **63.9** | |`)
            while j < kinds.count, kinds[j] == .prose, case let c = splitPipe(trimPlanSpace(lines[j])).count, c <= width, c >= max(2, width - 2) {
                kinds[j] = .pipe
                j += 1
            }
        }
    }

    func isPipeSeparator(_ t: Substring) -> Bool {
        let cells = splitPipe(t)
        guard !cells.isEmpty else { return false }
        var any = false
        for c in cells {
            let x = trimPlanSpace(Substring(c))
            if x.isEmpty { continue }
            guard x.allSatisfy({ $0 == "-" || $0 == ":" || $0 == "=" }), x.contains("-") else { return false }
            any = true
        }
        return any
    }

    // MARK: headings and captions

    func collectHeadings(plainPapers: Bool) -> [(Int, String)] {
        var out: [(Int, String)] = []
        for (i, k) in kinds.enumerated() where k == .prose {
            // (a running page header is no section, even in capitals)
            if plainPapers, !runningHeads.isEmpty, runningHeads.contains(String(trimPlanSpace(lines[i]))) { continue }
            // (a numbered paragraph's first line, its sentence going on in lower case on the next line,
            // is no heading: `6.1 The Housing Ombudsman's Complaint Handling Code requires the` over `council, …`)
            if plainPapers, i + 1 < lines.count, kinds[i + 1] == .prose, headingLevel(lines[i]).numbered != nil,
               trimPlanSpace(lines[i + 1]).first?.isLowercase ?? false { continue }
            // a numbered heading in capitals wrapped onto the next line, indented under its title (`5.   HRA RESERVES
            // AND BALANCES – FORECAST POSITION AT` over `     31 MARCH 2026`): one heading
            if plainPapers, let last = out.last, last.0 == i, headingLevel(lines[i - 1]).numbered != nil,
               case let above = spacedFields(lines[i - 1]), above.count == 2, case let here = spacedFields(lines[i]), here.count == 1,
               here[0].start == above[1].start, case let h = plainLine(trimPlanSpace(lines[i])), h.contains(where: \.isLetter),
               h.allSatisfy({ !$0.isLetter || $0.isUppercase }), last.1.allSatisfy({ !$0.isLetter || $0.isUppercase }) {
                out[out.count - 1].1 += " " + h
                continue
            }
            if let h = isHeading(lines[i], plainPapers: plainPapers) {
                out.append((i + 1, h))
            } else if plainPapers, let h = appendixSectionHeading(i) {
                out.append((i + 1, h))
            }
        }
        if plainPapers { out = (out + headingsNamedOnThisPage(taken: Set(out.map(\.0)))).sorted { $0.0 < $1.0 } }
        // a line in capitals right over a table (a blank line between at most), in a paper that numbers its headings,
        // is the table's title, not a section: `ESTIMATES OF INCOME AND EXPENDITURE` over the table under `5.⇥ESTIMATES
        // 2025/26` (not a Markdown heading nor a line in bold, which say they are headings, nor an appendix's title over
        // its table, `APPENDIX A – CAPITAL PROGRAMME 2025/26 TO 2028/29`, which heads a part of the paper)
        if plainPapers, out.filter({ isNumberedHeadingText($0.1) }).count >= 2 {
            func tableRightUnder(_ i: Int) -> Bool {
                var j = i + 1
                if j < kinds.count, kinds[j] == .blank { j += 1 }
                return j < kinds.count && kinds[j].isTable
            }
            out.removeAll { h in
                let raw = trimPlanSpace(lines[h.0 - 1])
                let part = ["APPENDIX", "ANNEX", "SECTION", "SCHEDULE", "PART "].contains { h.1.hasPrefix($0) }
                return !isNumberedHeadingText(h.1) && !part && !raw.hasPrefix("#") && !raw.hasPrefix("**") && h.1.contains(where: \.isLetter)
                    && h.1.allSatisfy({ !$0.isLetter || $0.isUppercase }) && tableRightUnder(h.0 - 1)
            }
        }
        return out
    }

    /// A web page pasted as text loses its heading styles, but its list of links to them (`On this page`
    /// over `- The precept for 2026/27`, `- Expenditure by cost centre`) still names them: a later line
    /// alone between blank lines that reads as one of the entries is that heading.
    func headingsNamedOnThisPage(taken: Set<Int>) -> [(Int, String)] {
        let titles: Set<String> = ["on this page", "on this page:", "contents", "contents:", "in this section", "page contents", "jump to"]
        guard let at = lines.indices.first(where: { kinds[$0] == .prose && titles.contains(plainLine(trimPlanSpace(lines[$0])).lowercased()) })
        else { return [] }
        var entries: Set<String> = []
        var i = at + 1
        while i < lines.count, kinds[i] == .blank { i += 1 }
        while i < lines.count, kinds[i] == .prose {
            let t = trimPlanSpace(lines[i])
            guard let mark = ["- ", "• ", "* "].first(where: { t.hasPrefix($0) }) else { break }
            entries.insert(collapseSpaces(String(t.dropFirst(mark.count))))
            i += 1
        }
        guard entries.count >= 2 else { return [] }
        var out: [(Int, String)] = []
        for k in i..<lines.count where kinds[k] == .prose && !taken.contains(k + 1)
            && (k == 0 || kinds[k - 1] == .blank) && (k + 1 == lines.count || kinds[k + 1] == .blank) {
            let t = collapseSpaces(String(trimPlanSpace(lines[k])))
            if entries.contains(t) { out.append((k + 1, t)) }
        }
        return out
    }

    func nearestHeading(_ headings: [(Int, String)], before line: Int, notBefore: Int) -> String {
        var lo = 0, hi = headings.count - 1, best = -1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if headings[mid].0 < line { best = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        guard best >= 0, headings[best].0 >= notBefore else { return "" }
        return headings[best].1
    }

    func caption(before line: Int) -> String {
        var j = line - 2, blanks = 0
        while j >= 0 {
            switch kinds[j] {
            case .blank, .pageDebris:
                blanks += 1
                if blanks > 3 { return "" }
            case .prose:
                let raw = trimPlanSpace(lines[j])
                // a footnote of the table above (`Note 1: …`, `* excludes hardcore`) is no title
                if raw.count > 120 || raw.hasPrefix("- ") || raw.hasPrefix("•") || raw.hasPrefix("Note") || raw.hasPrefix("NOTE")
                    || raw.hasPrefix("*") && !raw.hasPrefix("**") { return "" }
                let text = plainLine(raw)
                // a year band printed as lines of its own (`2007-08` / `2008-09`) is part of
                // the header, not the title above it
                // (nor is a rule drawn under a heading: `-----`)
                if parseFiscalYear(Substring(text)) != nil || runningHeads.contains(String(raw)) || text.uppercased() == "DRAFT"
                    || (raw.count >= 3 && raw.allSatisfy { $0 == "-" || $0 == "=" || $0 == "_" }) {
                    blanks = 0
                    j -= 1
                    continue
                }
                return text
            default:
                return ""
            }
            j -= 1
        }
        return ""
    }

    // MARK: blocks

    struct Block {
        var encoding: ExtractedTable.Encoding
        var rows: [RawRow]
        var separatorAfter: Set<Int>   // for pipe tables: indices of rows followed by a |---| rule
        var firstLine: Int? = nil      // the table's first and last lines when they are outside its rows (a ruled
        var lastLine: Int? = nil       // table's top and bottom borders)
    }

    mutating func buildBlocks() -> [Block] {
        var blocks: [Block] = []
        var i = 0
        let n = lines.count
        while i < n {
            guard kinds[i].isTable, kinds[i] != .html, kinds[i] != .spaced, kinds[i] != .ruled else { i += 1; continue }
            // (a label's line without TAB belongs to the TAB rows around it)
            let encoding: ExtractedTable.Encoding = kinds[i] == .tab || kinds[i] == .wrappedLabel ? .tab : .pipe
            var block = Block(encoding: encoding, rows: [], separatorAfter: [])
            var gap = false, debris = false
            var j = i
            while j < n {
                let k = kinds[j]
                if (encoding == .tab && (k == .tab || k == .wrappedLabel)) || (encoding == .pipe && (k == .pipe || k == .pipeSeparator)) {
                    if k == .pipeSeparator {
                        rejects.append(RejectedLine(line: j + 1, reason: .separator, text: String(lines[j])))
                        if !block.rows.isEmpty { block.separatorAfter.insert(block.rows.count - 1) }
                        j += 1
                        continue
                    }
                    addRow(line: j, encoding: encoding, gap: gap, debris: debris, to: &block)
                    gap = false
                    debris = false
                    j = encoding == .tab ? (rowsOverLines[j] ?? j) + 1 : j + 1
                    continue
                }
                // a gap: blank lines and page debris only
                var g = j, blanks = 0, sawDebris = false
                while g < n, kinds[g] == .blank || kinds[g] == .pageDebris {
                    if kinds[g] == .blank { blanks += 1 } else { sawDebris = true }
                    g += 1
                }
                var continues = g < n && g > j
                    && ((encoding == .tab && kinds[g] == .tab) || (encoding == .pipe && (kinds[g] == .pipe || kinds[g] == .pipeSeparator)))
                // a pipe table of another width under a rule of its own after the gap is a table of its own
                // (a risk-score key over the risk register)
                if continues, encoding == .pipe, kinds[g] == .pipe, g + 1 < n, kinds[g + 1] == .pipeSeparator, let first = block.rows.first,
                   splitPipe(lines[g]).count != splitPipe(lines[first.line - 1]).count {
                    continues = false
                }
                // and so is one under a header of its own in words on the same page (the contents list
                // under the cover sheet's details), where a table going on repeats its header or, cut by
                // a converter, heads the rest with a row of figures
                if continues, encoding == .pipe, !sawDebris, kinds[g] == .pipe, g + 1 < n, kinds[g + 1] == .pipeSeparator,
                   let first = block.rows.first, block.separatorAfter.contains(0),
                   case let heading = splitPipe(lines[g]).map({ normalizedKey(cleanCell(Substring($0)).text) }),
                   heading != splitPipe(lines[first.line - 1]).map({ normalizedKey(cleanCell(Substring($0)).text) }),
                   !heading.contains(where: { isDataNumber($0) }) {
                    continues = false
                }
                if continues && (blanks <= 1 || (sawDebris && g - j <= 8)) {
                    gap = gap || blanks > 0
                    debris = debris || sawDebris
                    j = g
                    continue
                }
                break
            }
            if !block.rows.isEmpty { blocks.append(block) }
            // (always onwards, whatever the line: no paper holds the reader on one line)
            i = max(j, i + 1)
        }
        return blocks
    }

    /// The lines with a table of report details read as labelled lines (`| Service area | Port Health |` as `Service area:
    /// Port Health`), so that the unit it names is found as a web page's details table's is: three rows or more, each a
    /// short label in words and a value, at most one value a figure, no label twice. A converter's pipe table, or Word's
    /// table saved as text on the paper's cover (`Service area⇥People and Organisational Development`, in its first
    /// 60 lines: further on, two columns of words may be any table). Other lines as they are.
    func detailsAsLabelledLines(_ lines: [Substring], underAppendices: Bool = false) -> [Substring] {
        // (the pipe reader's own splitting, escaped bars and all)
        func cells(_ l: Substring) -> [Substring]? {
            let t = trimPlanSpace(l)
            guard t.hasPrefix("|"), t.hasSuffix("|"), t.count >= 2, !isPipeSeparator(t) else { return nil }
            return splitPipe(t).map { trimPlanSpace(Substring($0)) }
        }
        func tabCells(_ k: Int, onTheCover: Bool = true) -> [Substring]? {
            guard !onTheCover || k < 60, containsText(lines[k], "\t") else { return nil }
            let parts = lines[k].split(separator: "\t").map { trimPlanSpace($0) }.filter { !$0.isEmpty }
            return parts.count == 2 ? parts : nil
        }
        // (or right under an appendix's title, two rows or more naming its unit first: `Directorate⇥Education and Lifelong
        // Learning` over `Head of service⇥…` under `Appendix B – … Workforce Profile`)
        func unitDetailsUnderAppendix(_ k: Int) -> Bool {
            guard underAppendices, k >= 1, isAppendixTitle(lines[k - 1]), let c = tabCells(k, onTheCover: false) else { return false }
            return isLabelledUnitLine(Substring(plainLine(c[0]) + ": " + plainLine(c[1])))
        }
        var out = lines
        var i = 0
        while i < lines.count {
            let underAppendix = tabCells(i) == nil && unitDetailsUnderAppendix(i)
            let tabbed = tabCells(i) != nil || underAppendix
            guard tabbed || cells(lines[i]) != nil else { i += 1; continue }
            var j = i
            while j < lines.count, tabbed ? tabCells(j, onTheCover: !underAppendix) != nil : cells(lines[j]) != nil || isPipeSeparator(lines[j]) { j += 1 }
            let rows = (i..<j).compactMap { k in (tabbed ? tabCells(k, onTheCover: !underAppendix) : cells(lines[k])).map { (k, $0) } }
            // (one value may be a figure, `| Agenda item | 7 |`: a table of figures has more)
            if rows.count >= 3 || (underAppendix && rows.count >= 2), rows.allSatisfy({ _, c in
                c.count == 2 && c[0].count <= 40 && (c[0].first?.isLetter ?? false) && !c[1].isEmpty
            }), rows.filter({ isDataNumber(cleanCell($0.1[1]).text) }).count <= 1,
               Set(rows.map { normalizedKey(String(plainLine($0.1[0]))) }).count == rows.count {
                // (a label may carry its own colon: `| Service area: | Licensing |`)
                for (k, c) in rows {
                    var label = plainLine(c[0])
                    while label.hasSuffix(":") { label = String(trimPlanSpace(label.dropLast())) }
                    out[k] = Substring(label + ": " + plainLine(c[1]))
                }
            }
            i = j
        }
        return out
    }

    func splitPipe(_ t: Substring) -> [String] {
        var s = trimPlanSpace(t)
        if s.hasPrefix("|") { s = s.dropFirst() }
        if s.hasSuffix("|"), !s.hasSuffix("\\|") { s = s.dropLast() }
        var cells: [String] = []
        var cur = ""
        var escape = false
        for ch in s {
            if escape { cur.append(ch); escape = false; continue }
            if ch == "\\" { escape = true; continue }
            if ch == "|" { cells.append(cur); cur = ""; continue }
            cur.append(ch)
        }
        cells.append(cur)
        return cells
    }

    mutating func addRow(line j: Int, encoding: ExtractedTable.Encoding, gap: Bool, debris: Bool, to block: inout Block) {
        var rawCells: [Substring] = kinds[j] == .wrappedLabel ? [lines[j]]
            : encoding == .tab ? lines[j].split(separator: "\t", omittingEmptySubsequences: false)
            : splitPipe(lines[j]).map { Substring($0) }
        // a row written over several lines: each goes on in the last cell of the one above
        var moreLines: [Int] = []
        if encoding == .tab, let end = rowsOverLines[j], end > j, !rawCells.isEmpty {
            for l in (j + 1)...end {
                let parts = lines[l].split(separator: "\t", omittingEmptySubsequences: false)
                // (a spreadsheet's quotes around a cell with a line break in it go: `"Theatre productivity –` / `additional sessions"`)
                rawCells[rawCells.count - 1] = Substring(withoutSpreadsheetQuotes(String(rawCells[rawCells.count - 1]) + " " + String(parts[0])))
                rawCells += parts.dropFirst()
                moreLines.append(l + 1)
            }
        }
        var cells: [String] = []
        cells.reserveCapacity(rawCells.count)
        var label = false, splits = false
        var allDash = true, anyDash = false
        for (ci, rc) in rawCells.enumerated() {
            let c = cleanCell(rc)
            if c.hadPageLabel {
                label = true
                if c.pageLabelAtEnd && (ci > 0 || c.text.count > 30) { splits = true }
            }
            cells.append(c.text)
            if !c.text.isEmpty {
                if c.text.count >= 2, c.text.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "_" || $0 == " " }) { anyDash = true } else { allDash = false }
            }
        }
        if label { pageDebris.append(j + 1) }
        while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
        if anyDash && allDash {
            for l in [j + 1] + moreLines { rejects.append(RejectedLine(line: l, reason: .separator, text: String(lines[l - 1]))) }
            return
        }
        let nonEmpty = cells.contains { !$0.isEmpty }
        if !nonEmpty {
            for l in [j + 1] + moreLines {
                rejects.append(RejectedLine(line: l, reason: label ? .pageDebris : .emptyRow, text: String(lines[l - 1])))
            }
            return
        }
        block.rows.append(RawRow(line: j + 1, cells: cells, pageLabel: label, labelSplitsRow: splits,
                                 gapBefore: gap, debrisBefore: debris, wrappedLabel: kinds[j] == .wrappedLabel, moreLines: moreLines))
    }

    /// Splits a block where a different, commonly used table header starts (two tables
    /// printed without a blank line between them).
    func splitAtKnownHeaders(_ blocks: [Block]) -> [Block] {
        var freq: [String: Int] = [:]
        var titles: [String: Int] = [:]
        for b in blocks {
            guard let first = b.rows.first else { continue }
            if first.nonEmpty == 1, b.rows.count > 1 {
                titles[rowKey(first.cells), default: 0] += 1
                freq[rowKey(b.rows[1].cells), default: 0] += 1
            } else {
                freq[rowKey(first.cells), default: 0] += 1
            }
        }
        var out: [Block] = []
        for b in blocks {
            guard b.encoding == .tab, b.rows.count > 4 else { out.append(b); continue }
            let firstKeys = Set(b.rows.prefix(3).map { rowKey($0.cells) })
            var start = 0
            var i = 3
            while i < b.rows.count {
                let r = b.rows[i]
                let k = rowKey(r.cells)
                // a different common header, or the same header again right after a unit's grand
                // total (two tables printed one under the other, not a page break)
                if looksLikeHeader(r), (!firstKeys.contains(k) && (freq[k] ?? 0) >= 2) || isGrandTotalRow(b.rows[i - 1].cells)
                    || (i >= 2 && b.rows[i - 1].nonEmpty == 1 && isGrandTotalRow(b.rows[i - 2].cells)) {
                    var cut = i
                    let above = b.rows[i - 1]
                    if (titles[rowKey(above.cells)] ?? 0) >= 2 { cut = i - 1 }
                    // a one-cell title row just above the header (`ADULTS (PHYSICAL DISABILITY) - Budget & Services`)
                    else if above.nonEmpty == 1, !hasNumbers(above), let title = above.cells.first(where: { !$0.isEmpty }),
                            title.count >= 12, title.count <= 120, !isCostCentre(title) { cut = i - 1 }
                    if cut > start {
                        out.append(Block(encoding: b.encoding, rows: Array(b.rows[start..<cut]), separatorAfter: []))
                        start = cut
                    }
                }
                i += 1
            }
            out.append(Block(encoding: b.encoding, rows: Array(b.rows[start...]), separatorAfter: start == 0 ? b.separatorAfter : []))
        }
        return out
    }

    // MARK: tables

    mutating func buildTable(_ block: inout Block) -> ExtractedTable? {
        let rows = block.rows
        guard !rows.isEmpty else { return nil }
        if block.encoding == .spaces || block.encoding == .ruled { return buildSpacedTable(block) }
        var headerRows: [RawRow] = []
        var title = ""
        var titleLine: Int?
        var headerLost = false
        var idx = 0
        if block.encoding == .pipe {
            // a table continued on the next page, written as a new pipe table whose first data
            // row stands above the rule: that row holds figures, not column names
            if block.separatorAfter.min() == 0, rows[0].cells.filter({ isDataNumber($0) || isDuration($0) }).count >= 2 {
                headerLost = true
            } else if block.separatorAfter.min() == 0, rows.count >= 2, isCodeLike(rows[0].cells[0]),
                      case let prefix = rows[0].cells[0].prefix(while: { $0.isLetter }),
                      rows.dropFirst().allSatisfy({ r in isCodeLike(r.cells[0]) && r.cells[0].prefix(while: { $0.isLetter }) == prefix }) {
                // (or a code of the same series as the rows under it: `PP4` over `PP5`, `PP6`)
                headerLost = true
            } else if let sep = block.separatorAfter.min(), sep < 4 {
                headerRows = Array(rows[0...sep])
                idx = sep + 1
                // a second heading row printed below the rule (`| | 2023/24 | | |` above the rule,
                // `| Service | Budget £000 | …` below it): spanning headings leave cells empty
                // (or repeated over the columns it spans: `| Cost centre | 2024/25 | 2024/25 |` over
                // `| | Budget | Forecast |`)
                while idx < rows.count, headerRows.count < 4, rows[idx].nonEmpty >= 2, !dataLike(rows[idx]),
                      (headerRows.last!.nonEmpty < headerRows.last!.cells.count && isHeaderContinuation(rows[idx], after: headerRows))
                        || (rows[idx].firstEmpty && rows[idx].cells.allSatisfy { $0.count <= 30 }) {
                    headerRows.append(rows[idx])
                    idx += 1
                }
            } else {
                headerLost = true
            }
        } else {
            if rows.count >= 2, rows[0].nonEmpty == 1, !hasNumbers(rows[0]), looksLikeHeader(rows[1]),
               let only = rows[0].cells.first(where: { !$0.isEmpty }), only.count <= 120 {
                title = only
                titleLine = rows[0].line
                idx = 1
            }
            if dataLike(rows[idx]) {
                headerLost = true
            } else {
                headerRows.append(rows[idx])
                idx += 1
                while idx < rows.count, headerRows.count < 4,
                      isHeaderContinuation(rows[idx], after: headerRows)
                        || (idx + 1 < rows.count && isUnitsRow(rows[idx + 1]) && !dataLike(rows[idx]) && rows[idx].nonEmpty >= 2) {
                    headerRows.append(rows[idx])
                    idx += 1
                }
            }
        }
        // data rows, dropping repeated headers and stitching continuations
        let headerKeys = Set(headerRows.map { compactKey($0.cells) })
        let headerWidth = block.encoding == .tab ? headerRows.map { rawCellCount($0) }.max() ?? 0 : 0
        let titleKey = normalizedKey(title)
        let cellsOverLines = headerRows.contains { !$0.moreLines.isEmpty }
        var data: [ExtractedRow] = []
        var breakPending = false
        var previousRaw: RawRow?
        var pendingLabel: RawRow?
        while idx < rows.count {
            var r = rows[idx]
            idx += 1
            // a key printed under the table on a line of its own (`RAG key:⇥Green – score 1 to 6⇥Amber – …`): no row
            if plainPapers, block.encoding == .tab, !hasNumbers(r), let label = r.cells.first, label.hasSuffix(":"),
               namesAKey(String(label.dropLast())) {
                for l in [r.line] + r.moreLines { rejects.append(RejectedLine(line: l, reason: .notATable, text: String(lines[l - 1]))) }
                continue
            }
            // a total row whose label is merged over the first columns (`Total⇥262⇥209⇥36⇥17` under six headings,
            // Word writing one cell for the merged ones): its figures stand under the last columns
            if plainPapers, block.encoding == .tab, headerWidth > 0, !r.wrappedLabel, r.moreLines.isEmpty, case let c = rawCellCount(r),
               c >= 3, c < headerWidth, r.cells.count == c, isTotalRowLabel(r.cells[0]), r.cells.dropFirst().allSatisfy({ isDataNumber($0) }) {
                r.cells = [r.cells[0]] + Array(repeating: "", count: headerWidth - c) + r.cells.dropFirst()
            }
            // a label wrapped onto a line without TAB: the head of the next row's label when that
            // goes on in lower case, else the end of the row above
            if r.wrappedLabel {
                let text = r.cells.first ?? ""
                // a capitalised name under a total row starts the next group (`Planned Care total` over
                // `Unscheduled Care` over `Emergency Department ⇥ …`): a row of its own
                // (its label may stand in the second column, the code column empty: `⇥Total staffing and administration⇥…`)
                if let above = plainPapers ? data.last?.cells.first(where: { !$0.isEmpty }) : data.last?.cells.first,
                   isTotalRowLabel(above), text.first?.isUppercase ?? false,
                   !(idx < rows.count && rows[idx].cells.first?.first?.isLowercase ?? false) {
                    data.append(ExtractedRow(cells: [text], lines: r.line...r.line, sourceLines: [r.line]))
                    previousRaw = r
                    breakPending = false
                    continue
                }
                // a line over the head of the next row's label (that label going on in lower case) is the name
                // of the group it opens (`Garden waste` over `Garden waste subscription` over `(first bin, …)⇥48.00`)
                if idx + 1 < rows.count, rows[idx].wrappedLabel, !rows[idx + 1].wrappedLabel, goesOnInLowerCase(rows[idx + 1].cells.first ?? ""),
                   text.first?.isUppercase ?? false {
                    data.append(ExtractedRow(cells: [text], lines: r.line...r.line, sourceLines: [r.line]))
                    previousRaw = r
                    breakPending = false
                    continue
                }
                // in a table whose header cells run over lines as Word writes them, a row's label does
                // too, its figures on its last line: a line under a row that ends in a figure is the
                // head of the next row's label
                let aboveEndsInFigure = data.last.map { d in d.cells.last(where: { !$0.isEmpty }).map { isDataNumber($0) } ?? false } ?? false
                // (or the next row's label is a sentence, the second paragraph of a cell: `Renewal of vows …` over
                // `Weekend and bank holiday ceremonies are charged at the approved premises rate for the day.⇥310.00`)
                let nextLabel = idx < rows.count ? rows[idx].cells.first ?? "" : ""
                let nextIsSentence = nextLabel.hasSuffix(".") && nextLabel.split(separator: " ").count >= 6 && !text.hasSuffix(".")
                // (not the end of a label that hangs over it, in lower case: `Imported food consignments -⇥6,400⇥…` over
                // `  documentary checks`)
                let endsLabelAbove = plainPapers && text.first?.isLowercase ?? false && data.last?.cells.first.map { hangsOver($0) } ?? false
                if idx < rows.count, !rows[idx].wrappedLabel, !endsLabelAbove,
                   goesOnInLowerCase(nextLabel) || (cellsOverLines && aboveEndsInFigure && !rows[idx].firstEmpty) || nextIsSentence {
                    pendingLabel = r
                    continue
                }
                // rows led by a code (`TP01⇥Overall satisfaction⇥…⇥Not met`) with a line of words between
                // them (`Keeping properties in good repair`): the name of the group of rows below, a row
                // of its own (a code cell goes on in no other line), unless the row above ends in
                // running text that the line goes on (`… chaired by an executive director.`)
                let aboveEndsInProse = data.last.map { d in
                    d.cells.last(where: { !$0.isEmpty }).map { c in
                        !isDataNumber(c) && (c.split(separator: " ").count >= 4 || [".", ";", ",", ":"].contains(c.last ?? " "))
                    } ?? false
                } ?? false
                // (the same in rows led by words, Word's plain text: a line without TAB between two whole rows cannot
                // be the rest of the upper row's label, whose other cells follow it on its line; under a row ending
                // in a figure or a short value, a capitalised name is the next group's)
                // (led by words or by numbered refs, `2.1⇥Lease 12 additional homes …`)
                // (a line holding a sum of money names no group, it is a cell's second paragraph: `Part B (grant) 1,700.00`
                // under `…⇥Part A (application) 1,650.00`, `Plate deposit of £20 refundable` under `…⇥Includes first compliance
                // test.`)
                let holdsAnAmount = plainPapers && text.split(separator: " ").contains { w in
                    (["£", "€", "$"].contains(w.first) && w.contains(where: \.isNumber))
                        || (isDataNumber(String(w)) && (w.contains(",") || w.split(separator: ".").last.map { $0.count == 2 && w.contains(".") } ?? false))
                }
                let wordRowsGroup = block.encoding == .tab && idx < rows.count && headerWidth > 0 && !holdsAnAmount
                    && rawCellCount(rows[idx]) == headerWidth && !rows[idx].firstEmpty
                    && (!isDataNumber(rows[idx].cells[0]) || (plainPapers && isSectionNumber(Substring(rows[idx].cells[0]))))
                    && (data.last.map { rawCellCount(previousRaw ?? r) == headerWidth && !$0.cells[0].isEmpty && !hangsOver($0.cells[0]) } ?? true)
                    // (a name may open with its year: `2025/26 audit plan` under `Carried forward from 2024/25`'s rows)
                    && (text.first?.isUppercase ?? false || text.split(separator: " ").first.map { isYearHeading($0) } ?? false)
                    && !text.hasSuffix(".") && !text.hasSuffix(",") && text.count <= 80
                // (a table that opens with such a line under its header is grouped: a later line that is no
                // sentence is the next group's name, whatever the row above ends in: `Town centre anti-social
                // behaviour – review reported to Cabinet on 2 April 2025` under `… as part of the 2025/26 budget.`)
                let opensWithGroup = data.first.map { $0.cells.count == 1 } ?? false
                    && !text.hasSuffix(".") && !text.hasSuffix(";") && !text.hasSuffix(",")
                // (a name starts with a letter or a year: `1,032 of 1,150 surveyed` goes on in the cell above)
                let namesGroup = !plainPapers || text.first?.isLetter ?? false || text.split(separator: " ").first.map { isYearHeading($0) } ?? false
                // (nor is the rest of a cell that cannot end where it does: `Head of HR and` over `Organisational Development`)
                let aboveHangs = plainPapers && data.last.flatMap { $0.cells.last(where: { !$0.isEmpty }) }.map { hangsOver($0) } ?? false
                // (a table of coded rows names its first group before its first row, `Theme 1: …` over `CR01⇥…`: in one that
                // opened with a coded row, a line between two is the rest of the last cell above, Word's second paragraph
                // in it, `Delayed` over `Revised date agreed by the Strategic Leadership Team in June 2025`)
                let openedWithCode = plainPapers && block.encoding == .tab
                    && data.first.map { $0.cells.count >= 2 && isCodeLike($0.cells[0]) } ?? false
                if idx < rows.count, !rows[idx].wrappedLabel, !aboveHangs, !openedWithCode,
                   (isCodeLike(rows[idx].cells.first ?? "") && !isCodeLike(text) && namesGroup) || wordRowsGroup,
                   !aboveEndsInProse || opensWithGroup,
                   data.last.map({ $0.cells.count >= 2 && (isCodeLike($0.cells[0]) || wordRowsGroup) }) ?? true {
                    data.append(ExtractedRow(cells: [text], lines: r.line...r.line, sourceLines: [r.line]))
                    previousRaw = r
                    breakPending = false
                    continue
                }
                if !data.isEmpty {
                    // the row above ends in a text cell (a comment): the line is the rest of that cell
                    let cells = data[data.count - 1].cells
                    var target = 0
                    // (under a whole row of Word's text, whose every cell is on its line, a paragraph break can only
                    // have been in the last: `Overdue` over `7 of 12 completed`)
                    // (unless the label is the one cut short: `Time to initial assessment within` over `15 minutes (type 1)*`)
                    let labelCut = cells.first.map { c in
                        hangsOver(c) || ["within", "between", "than", "per", "across", "under", "over", "about", "after", "before", "against"]
                            .contains(c.split(separator: " ").last.map { $0.lowercased() } ?? "")
                    } ?? false
                    // (a typist wraps a cell in its own column, though: the label's, under a row typed to tab stops)
                    let wholeAbove = plainPapers && block.encoding == .tab && headerWidth > 0 && !labelCut
                        && previousRaw.map { rawCellCount($0) == headerWidth && !typedToTabStops.contains($0.line - 1) } ?? false
                    if let last = cells.lastIndex(where: { !$0.isEmpty }), last > 0, !isDataNumber(cells[last]),
                       cells[last].contains(" ") || wholeAbove, canonicalNumber(cells[last]) == nil {
                        target = last
                    }
                    data[data.count - 1].cells[target] += cells[target].isEmpty ? text : " " + text
                    appendLine(r.line, to: &data[data.count - 1])
                    continue
                }
            }
            // a cell's text going on in its column on a line of TABs of its own (`⇥⇥training for volunteers` under
            // `G25/01⇥Purlwick Community Larder⇥Refrigeration unit and food hygiene⇥1,800⇥1,500`): in lower case,
            // no figure, each piece under text in the row above
            // (or under text that cannot end where it does: `Reserve (design) and` over `FDGiA (works)`; in a table typed
            // to tab stops, whatever it is: the typist wraps a long cell in its column, `First CIL receipt` over
            // `(£1,980, Orchard Close)`, where Word would have kept it in one)
            let typedOn = typedToTabStops.contains(r.line - 1) && !r.gapBefore
            // (or under a row led by its code, whatever the text starts with: a code starts each row, so a line without one
            // is no row, `⇥⇥⇥Open the second supported hub at Heol y Nant.⇥⇥` under `AP1⇥…⇥Lease 12 more family homes …`;
            // though not one giving a date, a sub-row of its own with its own deadline)
            let underCode = data.last.map { $0.cells.count >= 2 && isCodeLike($0.cells[0]) } ?? false
                && !r.cells.contains(where: isDateCell)
            // (a line giving a date of its own under the row's date is a row of its own, its first cell merged over it:
            // `⇥⇥⇥Operational⇥⇥Quarterly⇥Grounds staff⇥⇥⇥02/12/2024` under `Jubilee Park⇥⇥Routine visual⇥…⇥13/01/2025`)
            let datedSubRow = data.last.map { above in
                r.cells.indices.contains { c in c < above.cells.count && isDateCell(r.cells[c]) && isDateCell(above.cells[c]) }
            } ?? false
            // (or a sentence alone under a sentence ending the row above, the last cell's second paragraph kept in its column:
            // `⇥⇥⇥⇥⇥Long-term cases in the contact centre remain the main cause.` under `…⇥Short-term absence down by 12%.`)
            func sentence(_ x: String) -> Bool { x.hasSuffix(".") && x.split(separator: " ").count >= 3 }
            if plainPapers, block.encoding == .tab, r.firstEmpty, !hasNumbers(r) || typedOn, !datedSubRow, let above = data.last, r.nonEmpty >= 1,
               r.cells.indices.allSatisfy({ c in
                   r.cells[c].isEmpty || (c < above.cells.count && !above.cells[c].isEmpty && !isDataNumber(above.cells[c])
                                          && (typedOn || underCode || goesOnInLowerCase(r.cells[c]) || goesOnAfterADash(r.cells[c])
                                              || hangsOver(above.cells[c])
                                              || (r.nonEmpty == 1 && c == above.cells.count - 1 && sentence(r.cells[c]) && sentence(above.cells[c]))))
               }) {
                for (c, text) in r.cells.enumerated() where !text.isEmpty { data[data.count - 1].cells[c] += " " + text }
                appendLine(r.line, to: &data[data.count - 1])
                continue
            }
            // a row broken over three lines or more by paragraph breaks in its cells, as Word saves it as text
            // (`CR01⇥Failure to deliver …` / `Consequence: …⇥Medium Term Financial Strategy …` / `Monthly budget …` /
            // `Savings tracker …⇥4⇥4⇥16⇥↔⇥8⇥Director of Finance`): each line goes on in the last cell of the one
            // above, none is led by a code, and together they make exactly one row of the header's width
            // (the code may stand in the second cell, under a group's name merged down the first: `⇥AR2⇥Introduce …`)
            if plainPapers, block.encoding == .tab, headerWidth > 0,
               isCodeLike(r.cells.first ?? "") || (r.firstEmpty && r.cells.count >= 2 && isCodeLike(r.cells[1])), !hasNumbers(r), rawCellCount(r) < headerWidth {
                var count = rawCellCount(r), j = idx
                while j < rows.count, count < headerWidth, case let p = rows[j],
                      p.wrappedLabel || (!isCodeLike(p.cells.first ?? "") && rawCellCount(p) < headerWidth && !p.firstEmpty) {
                    count += rawCellCount(p) - 1
                    j += 1
                }
                // (two lines are one row only under a merged first cell: otherwise the middle cell's rule below reads them)
                if count == headerWidth, j - idx >= (r.firstEmpty ? 1 : 2) {
                    var cells = r.cells
                    var source = [r.line]
                    for p in rows[idx..<j] {
                        let more = p.wrappedLabel ? [p.cells.first ?? ""] : p.cells
                        cells[cells.count - 1] += (cells[cells.count - 1].isEmpty ? "" : " ") + (more.first ?? "")
                        cells += more.dropFirst()
                        source.append(p.line)
                    }
                    data.append(ExtractedRow(cells: padded(cells, headerWidth), lines: r.line...rows[j - 1].line, sourceLines: source, continued: true))
                    previousRaw = rows[j - 1]
                    breakPending = false
                    idx = j
                    continue
                }
            }
            // a middle cell wrapped: the row stops short after a text cell and the next line starts
            // with the rest of that cell, then the row's figures (`Scheme ⇥ Hexley North and` /
            // `Hexley South ⇥ 3,100 ⇥ …`); together they make exactly one row of the header's width
            if block.encoding == .tab, headerWidth > 0, idx < rows.count, !hasNumbers(r), r.nonEmpty >= 2, !r.firstEmpty,
               // (in a table of words and dates: the next line is short of a row too, or the row above starts
               // with its code and the next line with none)
               !rows[idx].wrappedLabel,
               hasNumbers(rows[idx]) || rawCellCount(rows[idx]) < headerWidth || (isCodeLike(r.cells[0]) && !isCodeLike(rows[idx].cells[0])),
               !rows[idx].firstEmpty, !isDataNumber(rows[idx].cells[0]),
               rawCellCount(r) + rawCellCount(rows[idx]) - 1 == headerWidth, headerKeys.isEmpty || !headerKeys.contains(compactKey(r.cells)) {
                let next = rows[idx]
                idx += 1
                var cells = r.cells
                cells[cells.count - 1] += " " + next.cells[0]
                cells[cells.count - 1] = withoutSpreadsheetQuotes(cells[cells.count - 1])
                cells += next.cells.dropFirst()
                data.append(ExtractedRow(cells: cells, lines: r.line...next.line, sourceLines: [r.line, next.line], continued: true))
                previousRaw = next
                breakPending = false
                continue
            }
            if let head = pendingLabel {
                pendingLabel = nil
                r.cells[0] = (head.cells.first ?? "") + " " + r.cells[0]
                data.append(ExtractedRow(cells: r.cells, lines: head.line...r.line, sourceLines: [head.line, r.line], continued: true))
                previousRaw = r
                breakPending = false
                continue
            }
            let key = compactKey(r.cells)
            if !headerKeys.isEmpty, headerKeys.contains(key) {
                rejects.append(RejectedLine(line: r.line, reason: .repeatedHeader, text: String(lines[r.line - 1])))
                breakPending = true
                continue
            }
            if r.nonEmpty == 1, !titleKey.isEmpty, normalizedKey(r.cells.first { !$0.isEmpty }!) == titleKey {
                rejects.append(RejectedLine(line: r.line, reason: .repeatedHeader, text: String(lines[r.line - 1])))
                breakPending = true
                continue
            }
            if r.debrisBefore { breakPending = true }
            if let prevRaw = previousRaw, !data.isEmpty {
                var prev = data[data.count - 1]
                if tryMerge(r, into: &prev, previous: prevRaw, afterBreak: breakPending, block: block.encoding) {
                    data[data.count - 1] = prev
                    breakPending = false
                    previousRaw = r
                    continue
                }
            }
            breakPending = false
            data.append(ExtractedRow(cells: r.cells, lines: r.line...r.line, sourceLines: [r.line]))
            previousRaw = r
        }
        // width: widest row; drop trailing columns that are empty everywhere
        var width = headerRows.map { $0.cells.count }.max() ?? 0
        for d in data { width = max(width, d.cells.count) }
        while width > 1 {
            let c = width - 1
            let used = headerRows.contains { c < $0.cells.count && !$0.cells[c].isEmpty }
                || data.contains { c < $0.cells.count && !$0.cells[c].isEmpty }
            if used { break }
            width -= 1
        }
        for i in data.indices {
            if data[i].cells.count < width { data[i].cells += Array(repeating: "", count: width - data[i].cells.count) }
            if data[i].cells.count > width { data[i].cells.removeLast(data[i].cells.count - width) }
        }
        let typedHeader = plainPapers && !headerRows.isEmpty && headerRows.allSatisfy { typedToTabStops.contains($0.line - 1) }
        var header = headerLost ? (1...max(width, 1)).map { "column \($0)" } : mergeHeader(headerRows.map { $0.cells }, width: width, typed: typedHeader)
        var headerRowCells = headerRows.map { padded($0.cells, width) }
        // a two-column page collapsed into one table (`Measure ⇥ 2023/24 ⇥ Measure ⇥ 2023/24`):
        // each line holds a row of the left column and a row of the right one
        let half = width / 2
        if !headerLost, width >= 4, width % 2 == 0,
           (0..<half).allSatisfy({ !header[$0].isEmpty && normalizedKey(header[$0]) == normalizedKey(header[$0 + half]) }) {
            var unfolded: [ExtractedRow] = []
            for r in data {
                var left = r, right = r
                left.cells = Array(r.cells[..<half])
                right.cells = Array(r.cells[half...])
                unfolded.append(left)
                if right.cells.contains(where: { !$0.isEmpty }) { unfolded.append(right) }
            }
            data = unfolded
            header = Array(header[..<half])
            headerRowCells = headerRowCells.map { Array($0[..<half]) }
        }
        var headerLines = headerRows.flatMap { [$0.line] + $0.moreLines }
        if let titleLine { headerLines.insert(titleLine, at: 0) }
        // the further lines of a row written over several lines go with the row (or its reject)
        let headerLineSet = Set(headerRows.map { $0.line })
        if rows.contains(where: { !$0.moreLines.isEmpty && !headerLineSet.contains($0.line) }) {
            var rowOfLine: [Int: Int] = [:]
            for (k, d) in data.enumerated() { for l in d.sourceLines { rowOfLine[l] = k } }
            for r in rows where !r.moreLines.isEmpty && !headerLineSet.contains(r.line) {
                if let k = rowOfLine[r.line] {
                    for l in r.moreLines { appendLine(l, to: &data[k]) }
                } else {
                    for l in r.moreLines { rejects.append(RejectedLine(line: l, reason: .repeatedHeader, text: String(lines[l - 1]))) }
                }
            }
        }
        if plainPapers { fillDownGroupColumn(&data) }
        if plainPapers, block.encoding == .tab, !headerLost { fillDownMergedCodes(&data) }
        let firstLine = rows.first!.line
        // (a row written over several lines ends on its last)
        let lastLine = rows.last.map { ([$0.line] + $0.moreLines).max() ?? $0.line } ?? firstLine
        return ExtractedTable(header: header, headerRows: headerRowCells, headerLines: headerLines,
                              rows: data, firstLine: firstLine, lastLine: lastLine, unit: "", directorate: "",
                              section: "", caption: title, encoding: block.encoding, headerLost: headerLost)
    }

    /// A first column that names each group once, on the group's first row of figures, and is empty on
    /// the group's other rows (a merged cell saved as text: `Right help at the right time⇥CF01⇥…` over
    /// `⇥CF02⇥…`): every row of the group takes its name, as a body cell spanning rows in HTML does, so
    /// that a filter on the group finds all its rows. Only when the first row names a group, each name
    /// is words (no figure, no code) given once, every row has its second cell, and no row is a total.
    func fillDownGroupColumn(_ data: inout [ExtractedRow]) {
        // (total rows at the foot, `Total⇥⇥34⇥30.40`, are the table's own: the groups stand above them)
        // (and so are rows at the foot whose label runs over the second column, left empty, where every row
        // above fills it: `Net cost of services` under the groups' services)
        let body = data.count - data.reversed().prefix(while: { r in
            r.cells.contains { isTotalRowLabel($0) }
                || (r.cells.count >= 3 && !r.cells[0].isEmpty && r.cells[1].isEmpty && r.cells.dropFirst(2).contains { isDataNumber($0) })
        }).count
        guard body >= 3, data.allSatisfy({ $0.cells.count >= 3 }) else { return }
        let names = data[..<body].map { $0.cells[0] }
        let given = names.filter { !$0.isEmpty }
        guard !names[0].isEmpty, given.count >= 2, given.count < body,
              Set(given.map { normalizedKey($0) }).count == given.count,
              given.allSatisfy({ n in !isDataNumber(n) && !isCodeLike(n) && n.contains(where: { $0.isLetter }) }),
              data[..<body].allSatisfy({ r in !r.cells[1].isEmpty && r.cells.dropFirst(2).contains { !$0.isEmpty } }),
              !data[..<body].contains(where: { r in r.cells.contains { isTotalRowLabel($0) } }) else { return }
        var current = ""
        for k in 0..<body {
            if data[k].cells[0].isEmpty { data[k].cells[0] = current } else { current = data[k].cells[0] }
        }
    }

    /// Word saves a code merged over the rows of its group (`CR01` over two actions) in the first of them only:
    /// a whole row under a coded row, its first cell empty, takes that code, as HTML `rowspan` is filled down.
    /// Not a total, nor across a group row (a name alone on its row).
    func fillDownMergedCodes(_ data: inout [ExtractedRow]) {
        guard data.filter({ isCodeLike($0.cells.first ?? "") }).count >= 2 else { return }
        var code = ""
        for k in data.indices {
            let cells = data[k].cells
            let filled = cells.filter { !$0.isEmpty }.count
            if isCodeLike(cells.first ?? "") { code = cells[0]; continue }
            guard !code.isEmpty, cells.first?.isEmpty ?? false, filled >= 3, !cells.contains(where: { isTotalRowLabel($0) }) else {
                code = ""
                continue
            }
            data[k].cells[0] = code
        }
    }

    /// An HTML table: header rows are those in `<thead>`, else the leading rows of `<th>` cells only.
    mutating func buildHTMLTable(_ t: HTMLTable) -> ExtractedTable? {
        var rows = t.rows
        // rows with no cell text at all
        rows.removeAll { r in
            guard r.cells.allSatisfy({ $0.text.isEmpty }) else { return false }
            for l in r.lines where l <= lines.count {
                rejects.append(RejectedLine(line: l, reason: .emptyRow, text: String(sourceLines[l - 1])))
            }
            return true
        }
        guard !rows.isEmpty else {
            // a caption over no rows
            for l in t.captionLines where l <= lines.count {
                rejects.append(RejectedLine(line: l, reason: .notATable, text: String(sourceLines[l - 1])))
            }
            return nil
        }
        // labelled values (`<tr><th>Service</th><td>Leisure</td></tr>` on every row): not a table
        if plainPapers, isLabelledValuesTable(t) {
            for l in t.captionLines + rows.flatMap({ $0.lines }) where l <= lines.count {
                rejects.append(RejectedLine(line: l, reason: .notATable, text: String(sourceLines[l - 1])))
            }
            return nil
        }
        // a status key (`<tr><td>Green</td><td>On or better than target</td></tr>` …), or a document history
        if plainPapers, isVersionHistoryHeader(rows[0].cells.map(\.text)) || isStatusKey(rows.map { r in r.cells.map { $0.text } }, title: t.caption.isEmpty ? caption(before: t.firstLine) : t.caption) {
            for l in t.captionLines + rows.flatMap({ $0.lines }) where l <= lines.count {
                rejects.append(RejectedLine(line: l, reason: .notATable, text: String(sourceLines[l - 1])))
            }
            return nil
        }
        // a spreadsheet saved as HTML (one table per sheet) has its title and notes in rows of one
        // cell spanning the sheet (`<td colspan=4>Budget and Precept 2025/26 …</td>`): those above the
        // first row of several cells are titles, those below the last one notes; neither is a row
        var titleLines: [Int] = []
        var caption = t.caption
        if plainPapers, !rows.contains(where: { $0.part == .head }) {
            let sheetWidth = rows.map { r in r.cells.reduce(0) { $0 + $1.colspan } }.max() ?? 0
            func spansSheet(_ r: HTMLRow) -> Bool {
                sheetWidth >= 2 && r.cells.filter({ !$0.text.isEmpty }).count == 1 && r.cells.count == 1 && r.cells[0].colspan >= sheetWidth
            }
            let titles = rows.prefix { spansSheet($0) }.count
            let notes = rows.reversed().prefix { spansSheet($0) }.count
            if titles + notes < rows.count, rows[titles...].contains(where: { r in r.cells.filter { !$0.text.isEmpty }.count >= 2 }) {
                for r in rows.suffix(notes) {
                    for l in r.lines where l <= lines.count {
                        rejects.append(RejectedLine(line: l, reason: .notATable, text: String(sourceLines[l - 1])))
                    }
                }
                titleLines = rows.prefix(titles).flatMap { $0.lines }
                if caption.isEmpty, let last = rows.prefix(titles).last { caption = last.cells[0].text }
                rows = Array(rows[titles..<(rows.count - notes)])
            }
        }
        var headerCount = rows.prefix { $0.part == .head }.count
        if headerCount == 0 {
            headerCount = rows.prefix { r in r.part != .foot && r.cells.allSatisfy { $0.header } }.count
            if headerCount == rows.count { headerCount = 1 }
        }
        // no <th>: leading rows whose every cell is bold (up to three) over a row that is not, or over
        // a bold group name alone in the first cell (`<b>Income</b>` under the column names)
        if headerCount == 0, rows.count >= 2 {
            func filled(_ r: HTMLRow) -> [HTMLCell] { r.cells.filter { !$0.text.isEmpty } }
            func groupName(_ k: Int) -> Bool {
                k > 0 && filled(rows[k]).count == 1 && !rows[k].cells[0].text.isEmpty && filled(rows[k - 1]).count >= 2
            }
            var bold = 0
            while bold < min(3, rows.count), rows[bold].part != .foot, filled(rows[bold]).allSatisfy({ $0.bold }), !groupName(bold) {
                bold += 1
            }
            if bold > 0, bold < rows.count, filled(rows[bold - 1]).count >= 2,
               !filled(rows[bold]).allSatisfy({ $0.bold }) || groupName(bold) {
                headerCount = bold
            }
        }
        // no <th>: the first rows of names (up to three) over rows of figures are the header
        if headerCount == 0, rows.count >= 2 {
            let names = rows.prefix(3).prefix { r in r.part != .foot && !r.cells.contains { isDataNumber($0.text) } }.count
            if names > 0, names < rows.count, rows[names - 1].cells.filter({ !$0.text.isEmpty }).count >= 2,
               rows[names].cells.contains(where: { isDataNumber($0.text) }) {
                headerCount = names
            }
        }
        let grid = htmlGrid(rows, headerRows: headerCount)
        var width = grid.map { $0.count }.max() ?? 0
        while width > 1, !grid.contains(where: { width - 1 < $0.count && !$0[width - 1].isEmpty }) { width -= 1 }
        let headerGrid = grid.prefix(headerCount).map { padded($0, width) }
        let headerLost = headerCount == 0
        let header = headerLost ? (1...max(width, 1)).map { "column \($0)" } : mergeHeader(Array(headerGrid), width: width)
        // a legend or glossary (`Status | Meaning`): words and what they mean under two headings, no figures
        if plainPapers, headerCount == 1, width == 2, rows.count >= 3, legendHeadings.contains(normalizedKey(header[1])),
           !grid.dropFirst().contains(where: { r in r.contains { isDataNumber($0) } }) {
            for l in t.captionLines + rows.flatMap({ $0.lines }) where l <= lines.count {
                rejects.append(RejectedLine(line: l, reason: .notATable, text: String(sourceLines[l - 1])))
            }
            return nil
        }
        var data: [ExtractedRow] = []
        // (a header row printed again in the body, as a page's repeated header: `<tr class="mgRepeatHeader">`)
        let headerKeys = Set(headerGrid.map { compactKey($0) })
        for (k, r) in rows.enumerated() where k >= headerCount {
            if r.cells.allSatisfy({ $0.header }), headerKeys.contains(compactKey(padded(grid[k], width))) {
                for l in r.lines where l <= lines.count {
                    rejects.append(RejectedLine(line: l, reason: .repeatedHeader, text: String(sourceLines[l - 1])))
                }
                continue
            }
            let first = r.lines[0], last = r.lines.max() ?? first
            data.append(ExtractedRow(cells: padded(grid[k], width), lines: first...last, sourceLines: r.lines, continued: r.lines.count > 1))
        }
        let headerLines = t.captionLines + titleLines + rows.prefix(headerCount).flatMap { $0.lines }
        return ExtractedTable(header: header, headerRows: Array(headerGrid), headerLines: headerLines, rows: data,
                              firstLine: t.firstLine, lastLine: t.lastLine, unit: "", directorate: "", section: "",
                              caption: caption, encoding: .html, headerLost: headerLost)
    }

    /// A space-aligned table: its header lines are known from the layout (a heading over several
    /// columns already stands over each), and a line holding the rest of the row above's text cells
    /// is joined to it.
    mutating func buildSpacedTable(_ block: Block) -> ExtractedTable? {
        var headerCount = (block.separatorAfter.min() ?? -1) + 1
        // a lone name over indented rows of figures, no heading over the figures, is a group name, not a
        // header: a table going on after a page break without its header (`Funding` over
        // `  Council tax precept   38,956 …`)
        if headerCount == 1, block.rows.count >= 2, case let h = block.rows[0], h.moreLines.isEmpty,
           h.cells.first.map({ !$0.isEmpty && !isDataNumber($0) }) ?? false, h.cells.dropFirst().allSatisfy(\.isEmpty),
           case let below = block.rows[1], below.cells.dropFirst().contains(where: { !$0.isEmpty }),
           lines[below.line - 1].prefix(while: { $0 == " " }).count > lines[h.line - 1].prefix(while: { $0 == " " }).count {
            headerCount = 0
        }
        let headerRows = Array(block.rows.prefix(headerCount))
        let width = block.rows.map { $0.cells.count }.max() ?? 0
        let headerKeys = Set(headerRows.map { compactKey($0.cells) })
        var data: [ExtractedRow] = []
        var head: RawRow?
        for var r in block.rows.dropFirst(headerCount) {
            if r.joinsBelow {
                // a head over several lines
                if var h = head {
                    for (c, text) in r.cells.enumerated() where !text.isEmpty && c < h.cells.count {
                        h.cells[c] = h.cells[c].isEmpty ? text : h.cells[c] + " " + text
                    }
                    h.moreLines += [r.line] + r.moreLines
                    head = h
                } else {
                    head = r
                }
                continue
            }
            if let h = head {
                head = nil
                for (c, text) in h.cells.enumerated() where !text.isEmpty && c < r.cells.count {
                    r.cells[c] = r.cells[c].isEmpty ? text : text + " " + r.cells[c]
                }
                data.append(ExtractedRow(cells: padded(r.cells, width), lines: h.line...r.line, sourceLines: [h.line] + h.moreLines + [r.line] + r.moreLines, continued: true))
                continue
            }
            if !headerKeys.isEmpty, headerKeys.contains(compactKey(r.cells)) {
                rejects.append(RejectedLine(line: r.line, reason: .repeatedHeader, text: String(lines[r.line - 1])))
                continue
            }
            if r.joinsAbove, !data.isEmpty {
                for (c, text) in r.cells.enumerated() where !text.isEmpty && c < data[data.count - 1].cells.count {
                    let old = data[data.count - 1].cells[c]
                    data[data.count - 1].cells[c] = old.isEmpty ? text : old + " " + text
                }
                appendLine(r.line, to: &data[data.count - 1])
                continue
            }
            let last = ([r.line] + r.moreLines).max() ?? r.line
            data.append(ExtractedRow(cells: padded(r.cells, width), lines: r.line...last, sourceLines: [r.line] + r.moreLines, continued: !r.moreLines.isEmpty))
        }
        if let h = head {
            data.append(ExtractedRow(cells: padded(h.cells, width), lines: h.line...(h.moreLines.max() ?? h.line), sourceLines: [h.line] + h.moreLines))
        }
        let headerLost = headerRows.isEmpty
        if plainPapers, block.encoding == .spaces, !headerLost { fillDownGroupColumn(&data) }
        var header: [String] = []
        for c in 0..<width {
            header.append(collapseSpaces(headerRows.map { c < $0.cells.count ? $0.cells[c] : "" }.filter { !$0.isEmpty }.joined(separator: " ")))
        }
        // (a pandoc grid table's header of two rows leaves the cell after a heading over two columns empty, as
        // Word's text does: `| Service | 2024/25 | | 2025/26 |` over `| | Budget | Forecast | Budget |`)
        if plainPapers, block.encoding == .ruled, headerRows.count >= 2 { header = mergeHeader(headerRows.map(\.cells), width: width) }
        if headerLost { header = (1...max(width, 1)).map { "column \($0)" } }
        var headerCells = headerRows.map { padded($0.cells, width) }
        // codes and the labels beside them under one heading (`Cost centre` over `100  Administration and
        // democracy`): one column, as the heading says
        // (the heading printed over both, or over the codes only)
        if !headerLost, width >= 3, !header[0].isEmpty, header[1].isEmpty || header[1] == header[0],
           data.allSatisfy({ r in
               // (a total's label printed from the codes' edge stands in the first: `Total net expenditure`)
               (r.cells[0].isEmpty || (r.cells[0].count <= 8 && (isDigits(Substring(r.cells[0])) || isCodeLike(r.cells[0])))
                   || (isTotalRowLabel(r.cells[0]) && r.cells[1].isEmpty))
                   && (r.cells[1].isEmpty || canonicalNumber(r.cells[1]) == nil)
           }),
           data.contains(where: { !$0.cells[0].isEmpty && !$0.cells[1].isEmpty }) {
            for i in data.indices {
                data[i].cells[0] = [data[i].cells[0], data[i].cells[1]].filter { !$0.isEmpty }.joined(separator: " ")
                data[i].cells.remove(at: 1)
            }
            header.remove(at: 1)
            for i in headerCells.indices { headerCells[i].remove(at: 1) }
        }
        let lastLine = block.lastLine ?? block.rows.map { ([$0.line] + $0.moreLines).max() ?? $0.line }.max() ?? block.rows[0].line
        return ExtractedTable(header: header, headerRows: headerCells,
                              headerLines: headerRows.flatMap { [$0.line] + $0.moreLines },
                              rows: data, firstLine: block.firstLine ?? block.rows[0].line, lastLine: lastLine, unit: "", directorate: "",
                              section: "", caption: "", encoding: block.encoding, headerLost: headerLost)
    }

    func padded(_ cells: [String], _ width: Int) -> [String] {
        if cells.count >= width { return Array(cells.prefix(width)) }
        return cells + Array(repeating: "", count: width - cells.count)
    }

    /// Stitches a continuation line into the previous row. Returns false when `r` is a row of its own.
    func tryMerge(_ r: RawRow, into prev: inout ExtractedRow, previous prevRaw: RawRow, afterBreak: Bool,
                  block: ExtractedTable.Encoding) -> Bool {
        // a negative split over two lines: "-" then "121.8" in the same column
        if r.nonEmpty == 1, let c = r.cells.firstIndex(where: { !$0.isEmpty }), c < prev.cells.count,
           prev.cells[c] == "-", parsePlanCell(r.cells[c]).decimalValue != nil, !r.cells[c].hasPrefix("-") {
            prev.cells[c] = "-" + r.cells[c]
            appendLine(r.line, to: &prev)
            return true
        }
        let lowerStart = r.cells.contains { c in c.first.map { $0.isLowercase } ?? false }
        let bulletStart = r.cells.contains { $0.hasPrefix("•") }
        // the rest of the row's label wrapped onto a row of its own after a page break
        // (`localities)` under `… within 45 working days (all`)
        let labelWrapped = !r.firstEmpty && r.nonEmpty == 1 && (afterBreak || prevRaw.labelSplitsRow || (block == .tab && hasNumbers(prevRaw)))
            && (r.cells[0].first.map { $0.isLowercase } ?? false) && !(prev.cells.first ?? "").isEmpty
        guard r.firstEmpty || labelWrapped, !hasNumbers(r), prev.cells.filter({ !$0.isEmpty }).count >= 2 else { return false }
        // a lone lower-case cell under a full row continues it (`| | rented homes after … | | |`)
        let loneContinuation = r.nonEmpty == 1 && lowerStart && !(r.cells.first(where: { !$0.isEmpty })?.hasSuffix(":") ?? false)
        let evidence = afterBreak || prevRaw.labelSplitsRow || (r.gapBefore && (lowerStart || bulletStart))
            || (loneContinuation && (block == .pipe || labelWrapped))
        guard evidence else { return false }
        // never glue text onto a number
        for (c, text) in r.cells.enumerated() where !text.isEmpty && c < prev.cells.count && isDataNumber(prev.cells[c]) {
            return false
        }
        for (c, text) in r.cells.enumerated() where !text.isEmpty {
            if c < prev.cells.count {
                prev.cells[c] = prev.cells[c].isEmpty ? text : prev.cells[c] + " " + text
            } else {
                prev.cells += Array(repeating: "", count: c - prev.cells.count)
                prev.cells.append(text)
            }
        }
        appendLine(r.line, to: &prev)
        return true
    }

    func appendLine(_ line: Int, to row: inout ExtractedRow) {
        row.sourceLines.append(line)
        row.lines = row.lines.lowerBound...max(row.lines.upperBound, line)
        row.continued = true
    }

    // MARK: header heuristics

    /// A number that is not a year: data rather than a heading.
    func isDataNumber(_ cell: String) -> Bool {
        switch parsePlanCell(cell) {
        case .integer(let v): return !(1990...2040).contains(v)
        case .decimal: return true
        default: return false
        }
    }

    func hasNumbers(_ r: RawRow) -> Bool { r.cells.contains { isDataNumber($0) } }

    /// A time or duration printed with a colon (`11:42`, `17:55`): a figure, not a heading.
    func isDuration(_ cell: String) -> Bool {
        let p = cell.split(separator: ":", omittingEmptySubsequences: false)
        return p.count == 2 && isDigits(p[0]) && p[0].count <= 3 && isDigits(p[1]) && p[1].count == 2
    }

    func dataLike(_ r: RawRow) -> Bool {
        if hasNumbers(r) { return true }
        if r.cells.contains(where: { $0.contains("•") }) { return true }
        return r.cells.filter { $0.count > 60 }.count >= 2
    }

    func looksLikeHeader(_ r: RawRow) -> Bool {
        r.nonEmpty >= 2 && !dataLike(r) && r.cells.allSatisfy { $0.count <= 200 }
    }

    func isUnitsCell(_ c: String) -> Bool {
        var k = c.lowercased().replacing(" ", with: "")
        // (in brackets too: `(£)`, `(%)`, `(£m)`)
        if k.count >= 3, k.first == "(", k.last == ")" { k = String(k.dropFirst().dropLast()) }
        return ["£'000", "£000", "£000's", "£000s", "£'000s", "£k", "£m", "£", "%", "fte", "[no.]", "no.", "£000’s", "£’000"].contains(k)
    }

    func isUnitsRow(_ r: RawRow) -> Bool {
        let filled = r.cells.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.filter { isUnitsCell($0) }.count * 2 >= filled.count
    }

    func isHeaderContinuation(_ r: RawRow, after headers: [RawRow]) -> Bool {
        if dataLike(r) { return false }
        let filled = r.cells.filter { !$0.isEmpty }
        if filled.isEmpty { return false }
        let units = filled.filter { isUnitsCell($0) }.count
        if units * 2 >= filled.count { return true }
        if filled.count < 2 || filled.contains(where: { $0.count > 40 }) { return false }
        if r.firstEmpty { return true }
        guard let last = headers.last else { return false }
        // sub-headings with a unit among them under headings over an empty top-left cell
        // (`⇥2025/26⇥2026/27⇥Change` over `Budget heading⇥Original budget £⇥Budget £⇥£⇥%`)
        if units >= 1, last.firstEmpty, !r.firstEmpty { return true }
        // a spanning heading repeated over its columns (`⇥ 2024/25 ⇥ 2024/25 ⇥ 2024/25`) above the
        // column names (`Budget line ⇥ Budget £000 ⇥ Forecast £000 ⇥ Variance £000`)
        let lastFilled = last.cells.filter { !$0.isEmpty }.map { normalizedKey($0) }
        if lastFilled.count >= 2, Set(lastFilled).count < lastFilled.count, r.nonEmpty >= lastFilled.count { return true }
        let width = max(last.cells.count, r.cells.count, 2)
        if last.nonEmpty * 2 <= width, last.nonEmpty < r.nonEmpty { return true }
        // fills the columns the row above left empty (a spanning heading above sub-headings)
        var complementary = 0
        for (c, text) in r.cells.enumerated() where !text.isEmpty && (c >= last.cells.count || last.cells[c].isEmpty) {
            complementary += 1
        }
        if complementary * 2 >= filled.count { return true }
        return false
    }

    /// Row text without empty cells: a header repeated with a shifted first cell still matches.
    func compactKey(_ cells: [String]) -> String {
        cells.filter { !$0.isEmpty }.map { withoutContinuedMark(normalizedKey($0)) }.joined(separator: "\t")
    }

    /// A heading repeated after a page break may say so: `Budget line (continued)`, `Service (cont.)`.
    func withoutContinuedMark(_ k: String) -> String {
        for mark in [" (continued)", " (cont.)", " (cont'd)", " (contd)", " (contd.)", " – continued", " - continued", " continued"]
            where k.hasSuffix(mark) && k.count > mark.count {
            return String(k.dropLast(mark.count))
        }
        return k
    }

    func rowKey(_ cells: [String]) -> String {
        var parts = cells.map { normalizedKey($0) }
        while let l = parts.last, l.isEmpty { parts.removeLast() }
        return parts.joined(separator: "\t")
    }

    /// How many sub-headings each spanning heading stands over, left to right, or nil when they do not
    /// share the sub-headings out exactly: a year (`2024/25`) over one, a heading of words over the run
    /// of sub-headings of one kind that starts under it (years, dates, figures or words).
    func spansOverSubHeadings(_ headings: [String], _ subs: [String]) -> [Int]? {
        func kind(_ t: String) -> String {
            let first = t.split(separator: " ").first.map(String.init) ?? t
            if isYearHeading(Substring(first)) { return "year" }
            if first.contains(where: \.isNumber) && (first.contains("/") || first.contains(".")) { return "date" }
            if first.first?.isNumber ?? false { return "figure" }
            return "words"
        }
        // sub-headings that repeat, one run under each heading (`L⇥I⇥Score` under `Inherent risk` and `Current risk`)
        if headings.count >= 2, subs.count % headings.count == 0, case let p = subs.count / headings.count, p >= 2,
           case let keys = subs.map({ normalizedKey($0) }), (p..<keys.count).allSatisfy({ keys[$0] == keys[$0 - p] }) {
            return Array(repeating: p, count: headings.count)
        }
        // a run of different sub-headings repeated under the first headings, one sub-heading under each of the
        // others (`2025/26⇥2026/27⇥VAT⇥Increase` over `£ excl VAT⇥£ incl VAT⇥£ excl VAT⇥£ incl VAT⇥code⇥%`)
        if headings.count >= 3, case let keys = subs.map({ normalizedKey($0) }), keys.count >= 5 {
            for p in 2...(keys.count / 2) where Set(keys[0..<p]).count == p {
                var m = 1
                while (m + 1) * p <= keys.count, Array(keys[(m * p)..<((m + 1) * p)]) == Array(keys[0..<p]) { m += 1 }
                if m >= 2, m < headings.count, keys.count - m * p == headings.count - m {
                    return Array(repeating: p, count: m) + Array(repeating: 1, count: headings.count - m)
                }
            }
        }
        // a total among the sub-headings closes the run of the heading over it (`SHDF grant £⇥Council match £⇥Total £`
        // under `Budget`, then `Spent to date £⇥Remaining £` under `Position at 31 July 2025`)
        if headings.count >= 2, subs.count > headings.count {
            let closes = subs.indices.dropLast().filter { normalizedKey(subs[$0]).hasPrefix("total") }
            if closes.count == headings.count - 1 {
                let ends = closes.map { $0 + 1 } + [subs.count]
                return zip(ends, [0] + ends.dropLast()).map { $0 - $1 }
            }
        }
        // a sub-heading that is a unit alone (`£m`) is the unit of the heading over it alone: `Variance` over
        // `£m`, beside `2025/26` over `Original estimate £m⇥Forecast £m` (no sibling of the headings before it)
        if headings.count >= 2, subs.count > headings.count, let last = subs.last, isUnitsCell(last),
           !isUnitsCell(subs[subs.count - 2]),
           let rest = headings.count == 2 ? [subs.count - 1] : spansOverSubHeadings(Array(headings.dropLast()), Array(subs.dropLast())) {
            return rest + [1]
        }
        // (units alone each start a heading's run, as many as the headings: `2024/25⇥2025/26 proposed` over `£⇥£⇥Change %`,
        // the change beside the second `£` the second heading's)
        if plainPapers, headings.count >= 2, subs.count > headings.count, isUnitsCell(subs[0]),
           case let starts = subs.indices.filter({ isUnitsCell(subs[$0]) }), starts.count == headings.count {
            return zip(Array(starts.dropFirst()) + [subs.count], starts).map { $0 - $1 }
        }
        // (and a unit alone first, `£` under `Total cost`, is the unit of the first heading alone, beside `Share of cost
        // met by` over `Central government (50%) £⇥Hambleside DC (40%) £⇥…`)
        if headings.count >= 2, subs.count > headings.count, let first = subs.first, isUnitsCell(first), !isUnitsCell(subs[1]),
           let rest = headings.count == 2 ? [subs.count - 1] : spansOverSubHeadings(Array(headings.dropFirst()), Array(subs.dropFirst())) {
            return [1] + rest
        }
        // sub-headings all of one kind under headings of words (`Executive response⇥Progress of accepted
        // recommendations` over `Accepted⇥Partly accepted⇥Not accepted⇥Implemented⇥In progress⇥Not yet due⇥Overdue`):
        // nothing in the text says where one heading's run ends, so each takes an even share, the later ones one
        // more where they do not share evenly (3 and 4 here), rather than all but one for the first
        if headings.count >= 2, subs.count > headings.count, headings.allSatisfy({ kind($0) != "year" }),
           case let k = kind(subs[0]), subs.allSatisfy({ kind($0) == k }) {
            let share = subs.count / headings.count, more = subs.count % headings.count
            return headings.indices.map { share + ($0 >= headings.count - more ? 1 : 0) }
        }
        // years over one sub-heading each but one, which is over two: the year of a plan and its outcome, `2025/26` over
        // `Budget £⇥Forecast £`, beside `2024/25` over `Actual £` and `2026/27` over `Draft budget £` (Word's merged cell)
        if plainPapers, headings.count >= 2, subs.count == headings.count + 1, headings.allSatisfy({ kind($0) == "year" }) {
            let plans: Set<String> = ["budget", "original", "approved", "estimate", "target", "revised"]
            let outcomes: Set<String> = ["forecast", "outturn", "actual", "projected", "probable", "revised"]
            func firstWord(_ s: String) -> String { s.split(separator: " ").first.map { $0.lowercased() } ?? "" }
            let pairs = subs.indices.dropLast().filter { k in
                plans.contains(firstWord(subs[k])) && outcomes.contains(firstWord(subs[k + 1])) && firstWord(subs[k]) != firstWord(subs[k + 1])
            }
            if pairs.count == 1, let p = pairs.first, p < headings.count { return headings.indices.map { $0 == p ? 2 : 1 } }
        }
        var spans: [Int] = []
        var at = 0
        for (i, h) in headings.enumerated() {
            guard at < subs.count else { return nil }
            let rest = headings.count - i - 1
            var n = 1
            if kind(h) != "year" {
                while at + n < subs.count - rest, kind(subs[at + n]) == kind(subs[at]) { n += 1 }
            }
            spans.append(n)
            at += n
        }
        return at == subs.count && spans.contains(where: { $0 >= 2 }) ? spans : nil
    }

    /// Merges header rows cell-wise. An empty cell in an upper row is filled from its left
    /// neighbour when both columns have text below (a heading spanning several columns).
    /// `typed`: a header typed to tab stops, each heading where it was typed (below).
    func mergeHeader(_ rows: [[String]], width: Int, typed: Bool = false) -> [String] {
        var rows = rows
        // spanning headings written one per cell over sub-headings that repeat (Word's merged cells saved
        // as text: `Service⇥Net budget £000⇥FTE` over `⇥2024–25⇥2025–26⇥Change⇥2024–25⇥2025–26`): each
        // stands over the run of sub-headings that starts again where the first sub-heading repeats
        if rows.count == 2 {
            func used(_ r: [String]) -> Int { (r.lastIndex { !$0.isEmpty } ?? -1) + 1 }
            let top = rows[0], low = rows[1]
            let upper = top.dropFirst().filter { !$0.isEmpty }
            if upper.count >= 2, used(top) < used(low), let lowStart = low.firstIndex(where: { !$0.isEmpty }), lowStart <= 1,
               case let first = normalizedKey(low[lowStart]),
               case let starts = (lowStart..<low.count).filter({ normalizedKey(low[$0]) == first }), starts.count >= 2,
               case let tail = starts[starts.count - 1] + (starts[1] - starts[0]),
               starts.count == upper.count || (starts.count == upper.count - 1 && tail == max(low.count, width) - 1 && (tail >= low.count || low[tail].isEmpty)) {
                // (the last heading may be merged down over the column after the runs: `Change in average
                // wait (weeks)` after two runs of `Lettings⇥Average wait (weeks)`)
                var relaid = Array(repeating: "", count: max(low.count, tail + 1))
                relaid[0] = top[0]
                for (k, start) in starts.enumerated() { relaid[start] = upper[upper.index(upper.startIndex, offsetBy: k)] }
                if starts.count < upper.count { relaid[tail] = upper[upper.index(before: upper.endIndex)] }
                rows[0] = relaid
            } else if let k0 = top.firstIndex(where: { !$0.isEmpty }), k0 >= 1, top.count - k0 >= 2, top[k0...].allSatisfy({ !$0.isEmpty }),
                      used(top) < used(low), k0 < low.count, !low[k0].isEmpty,
                      case let first = normalizedKey(low[k0]),
                      case let starts = (k0..<low.count).filter({ normalizedKey(low[$0]) == first }), starts.count == top.count - k0 {
                // (the same under empty cells over the columns before the spanning headings, `⇥⇥2025/26⇥2026/27` over
                // `Code⇥Cost centre⇥Budget £⇥Forecast £⇥Budget £`: a run starts again at its first sub-heading)
                var relaid = Array(repeating: "", count: low.count)
                for (k, start) in starts.enumerated() { relaid[start] = top[k0 + k] }
                rows[0] = relaid
            } else if plainPapers, let k0 = top.firstIndex(where: { !$0.isEmpty }), k0 >= 1, top[k0...].allSatisfy({ !$0.isEmpty }),
                      case let lowUsed = used(low), top.count < lowUsed, (k0..<lowUsed).allSatisfy({ !low[$0].isEmpty }),
                      let spans = spansOverSubHeadings(Array(top[k0...]), Array(low[k0..<lowUsed])) {
                // (spanning headings over sub-headings of different names, after empty cells over the first columns:
                // `⇥Budget⇥Position at 31 July 2025` over `⇥SHDF grant £⇥Council match £⇥Total £⇥Spent to date £⇥Remaining £`)
                var relaid = Array(top[..<k0])
                for (h, span) in zip(top[k0...], spans) { relaid += [h] + Array(repeating: "", count: span - 1) }
                rows[0] = relaid
            } else if case let lowUsed = used(low), top.allSatisfy({ !$0.isEmpty }),
                      // (headings after the runs merged down over the last empty cells, one each: `Target score⇥Trend`)
                      case let t = max(0, width - lowUsed), t < top.count,
                      // (the headings over the runs fewer than their sub-headings, though the row as long as the one under it:
                      // `Fee⇥2024/25⇥2025/26 proposed⇥Notes` over `⇥£⇥£⇥Change %⇥`)
                      top.count < lowUsed || (plainPapers && top.count - t < lowUsed),
                      case let k = low.prefix(while: { $0.isEmpty }).count, k >= 1, k < top.count - t - 1,
                      low[k..<lowUsed].allSatisfy({ !$0.isEmpty }),
                      let spans = spansOverSubHeadings(Array(top[k..<(top.count - t)]), Array(low[k..<lowUsed])) {
                // (headings over the first columns merged down over empty cells, then spanning headings: a year
                // over its one sub-heading, a heading of words over the run of like sub-headings under it —
                // `Band⇥Proportion⇥Annual precept⇥Increase` over `⇥⇥2025/26 £⇥2026/27 £⇥Per year £⇥Per week £`,
                // `£m⇥2024/25⇥2025/26⇥Budget` over `⇥Actual⇥Forecast⇥2026/27⇥2027/28⇥2028/29`)
                var relaid = Array(top[..<k])
                for (h, span) in zip(top[k..<(top.count - t)], spans) { relaid += [h] + Array(repeating: "", count: span - 1) }
                relaid += top[(top.count - t)...]
                rows[0] = relaid
            } else if case let low = padded(low, width), top.count < low.count, top.allSatisfy({ !$0.isEmpty }),
                      let s = low.firstIndex(where: { !$0.isEmpty }), case let runEnd = low[s...].firstIndex(where: { $0.isEmpty }) ?? low.count,
                      !low[runEnd...].contains(where: { !$0.isEmpty }), runEnd - s == low.count - top.count + 1, s < top.count {
                // (a heading merged over the one run of sub-headings, every other heading merged down over an
                // empty cell: `Room⇥Current charge⇥Proposed charge 2026/27⇥Increase %` over `⇥⇥Excl. VAT £⇥Incl. VAT £⇥`)
                var relaid = Array(top[..<s])
                relaid += [top[s]] + Array(repeating: "", count: runEnd - s - 1)
                relaid += top[(s + 1)...]
                rows[0] = relaid
            } else if plainPapers, case let low = padded(low, width), top.count < low.count, top.allSatisfy({ !$0.isEmpty }),
                      let s = low.firstIndex(where: { !$0.isEmpty }), case let runEnd = low[s...].firstIndex(where: { $0.isEmpty }) ?? low.count,
                      !low[runEnd...].contains(where: { !$0.isEmpty }), case let m = runEnd - s - (low.count - top.count), m >= 2, s + m <= top.count,
                      let spans = spansOverSubHeadings(Array(top[s..<(s + m)]), Array(low[s..<runEnd])) {
                // (the run shared among several headings over it, the others merged down: `Q3 2023/24⇥Q3 2024/25` over
                // `Actual⇥Target⇥Actual`, beside `RAG` and `Direction of travel` over empty cells)
                var relaid = Array(top[..<s])
                for (h, span) in zip(top[s..<(s + m)], spans) { relaid += [h] + Array(repeating: "", count: span - 1) }
                relaid += top[(s + m)...]
                rows[0] = relaid
            }
        }
        let grid = rows.map { padded($0, width) }
        var filled = grid
        if grid.count > 1 {
            for r in 0..<(grid.count - 1) {
                // the last spanning heading spans as many columns as the one before it when the
                // sub-headings under the two repeat (`Q3: Target, Actual | Year to date: Target,
                // Actual | RAG`): a column after that is not under it
                var notSpanned = Set<Int>()
                let starts = (0..<width).filter { !grid[r][$0].isEmpty }
                if starts.count >= 2 {
                    let previous = starts[starts.count - 2], last = starts[starts.count - 1], w = last - previous
                    if w >= 2, last + w < width {
                        let before = (previous..<last).map { normalizedKey(grid[r + 1][$0]) }
                        let after = (last..<(last + w)).map { normalizedKey(grid[r + 1][$0]) }
                        // (unless the next sub-heading is in the unit of all of theirs, the heading over it merged across it too:
                        // `Quenmore fee 2025/26` over `New application £⇥Annual fee £⇥Variation £`, not `RAG`)
                        func unit(_ c: Int) -> String? {
                            guard let w = grid[r + 1][c].split(separator: " ").last, grid[r + 1][c].contains(" "), isUnitsCell(String(w)) else { return nil }
                            return String(w)
                        }
                        let sameUnit = plainPapers && unit(last + w) != nil && (previous..<(last + w)).allSatisfy { unit($0) == unit(last + w) }
                        if before == after, !before.contains(""), !sameUnit { notSpanned = Set((last + w)..<width) }
                    }
                    // (years printed one over each column, `2024/25⇥2025/26⇥2026/27` over `Forecast⇥Estimate⇥
                    // Indicative⇥Funding`: the last stands over its own column, as the others do)
                    if plainPapers, w == 1, starts.count >= 2, zip(starts, starts.dropFirst()).allSatisfy({ $1 - $0 == 1 }),
                       starts.allSatisfy({ isYearHeading(Substring(grid[r][$0])) }) {
                        notSpanned = Set((last + 1)..<width)
                    }
                }
                // (a row that prints a heading again over each column it covers, `2024/25⇥2024/25⇥2025/26⇥` over
                // `Budget⇥Forecast⇥Draft budget⇥Change`, spans none: the last heading stands over its own column)
                if plainPapers, zip(grid[r], grid[r].dropFirst()).contains(where: { !$0.isEmpty && $0 == $1 }) { continue }
                // (typed to tab stops, a heading stands over more columns only where the line under it heads them apart, and
                // not on a line that goes on the headings above it word for word, column for column: `Forecast` over `31 March`
                // over `2025`, `Notes` beside it on that last line, heads only its own column)
                func headed(_ row: Int) -> Set<Int> { Set((0..<width).filter { !grid[row][$0].isEmpty }) }
                let stacked = typed && r >= 1 && headed(r) == headed(r - 1)
                // a column that has its own heading above is not spanned from the left
                for c in 1..<max(width, 1) where !stacked && (!typed || !grid[r + 1][c].isEmpty) && filled[r][c].isEmpty && !filled[r][c - 1].isEmpty && !notSpanned.contains(c)
                    && !(0..<r).contains(where: { !grid[$0][c].isEmpty }) {
                    let below = (r + 1..<grid.count).contains { !grid[$0][c].isEmpty }
                    let leftBelow = (r + 1..<grid.count).contains { !grid[$0][c - 1].isEmpty }
                    if below && leftBelow { filled[r][c] = filled[r][c - 1] }
                }
            }
        }
        var out: [String] = []
        for c in 0..<width {
            var parts: [String] = []
            for r in filled.indices where !filled[r][c].isEmpty { parts.append(filled[r][c]) }
            out.append(collapseSpaces(parts.joined(separator: " ")))
        }
        return out
    }

    // MARK: merging tables split by page breaks

    /// Whether the lines between two tables are only a page break: blank lines, page labels and
    /// running heads. `ok` is true for those; `okIfHeaderRepeats` also allows up to two other short
    /// lines next to a page label (a footer printed once, `Table 2 (continued)`, a `---` rule), which
    /// are a page break only when the header is printed again after them.
    func gapAllowsMerge(from a: Int, to b: Int, skipping named: Set<Int> = []) -> (ok: Bool, sawDebris: Bool, okIfHeaderRepeats: Bool) {
        // (pdftotext pads a short page to its foot with blank lines: they do not count)
        guard b - a <= 14 || (b - a <= 80 && ((a + 1)..<b).filter({ kinds[$0 - 1] != .blank }).count <= 14) else { return (false, false, false) }
        var prose = 0, debris = false, label = false, strangers = 0, notes = 0
        var l = a + 1
        var headAbove = false   // the line above is a running head or a page label (a header of several lines counts once)
        while l < b {
            defer { l += 1 }
            let wasHead = headAbove
            headAbove = false
            if named.contains(l) {
                // (a note naming the table at the top of a page, after the form feed that starts it: a page break)
                if pageStarts.contains(l - 1) { debris = true; label = true; headAbove = true }
                continue
            }
            switch kinds[l - 1] {
            case .blank: break
            case .pageDebris: debris = true; label = true; headAbove = true
            case .prose:
                let t = trimPlanSpace(lines[l - 1])
                // a line right under a running head or page label, with no blank line between, is
                // part of the page header (`Period 09 (December 2024) ⋯ User: JPRICE` under the banner)
                if wasHead, t.utf8.count <= 160, isHeading(lines[l - 1], plainPapers: true) == nil {
                    headAbove = true
                    debris = true
                    break
                }
                // a thematic break (`---`, `***`, a report writer's `=====`) between pages
                if t.count >= 3, t.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" || $0 == " " }) { break }
                // running page headers repeat through the document, next to page labels (or a few lines away)
                // (a running head marks a page break as a page label does: `Q2 Budget Monitoring ⋯ Page 6 of 7`)
                if runningHeads.contains(String(t)) || (debris && recurringLines.contains(String(t))) {
                    if !wasHead { prose += 1 }
                    headAbove = true
                    debris = true
                    label = true
                    break
                }
                let plain = plainLine(t)
                // a note that the table goes on (`continued on next page`, `Staffing (continued)`): a
                // page break, when the header is printed again after it
                // (a heading that says it goes on is such a note too: `Appendix A (continued)`)
                // (`Table continues on next page` too)
                if t.utf8.count <= 100, plain.lowercased().contains("continued") || plain.lowercased().contains("continues on"),
                   isHeading(lines[l - 1], plainPapers: true) == nil || withoutContinuedMark(plain.lowercased()) != plain.lowercased() {
                    notes += 1
                    break
                }
                let caption = plain.lowercased().hasPrefix("table ") && !plain.lowercased().contains("continued")
                guard t.utf8.count <= 100, !caption, isHeading(lines[l - 1], plainPapers: true) == nil else {
                    return (false, debris, false)
                }
                strangers += 1
            default: return (false, debris, false)
            }
        }
        let ok = strangers == 0 && notes == 0 && prose <= 2
        return (ok, debris, label && prose + strangers <= 2 && notes <= 2)
    }


    /// A table's part after a page break, its header printed again over fewer columns than the part above (a column
    /// its rows leave empty is no column of its own, its heading joined to the next), read in the columns above:
    /// each of its headings is the headings of a run of the columns above, joined; its cells go to the one column of
    /// the run whose cells above are of their kind (figures or words). Nil where the headings do not line up so.
    func widenedToTheHeaderAbove(_ t: ExtractedTable, above a: ExtractedTable) -> ExtractedTable? {
        guard t.headerRows.count == a.headerRows.count, !t.headerRows.isEmpty,
              a.headerRows.allSatisfy({ $0.count == a.header.count }), t.headerRows.allSatisfy({ $0.count == t.header.count }),
              a.rows.allSatisfy({ $0.cells.count == a.header.count }), t.rows.allSatisfy({ $0.cells.count == t.header.count }) else { return nil }
        func joined(_ r: Int, _ cols: Range<Int>) -> String {
            collapseSpaces(cols.map { a.headerRows[r][$0] }.filter { !$0.isEmpty }.joined(separator: " "))
        }
        func isFigure(_ s: String) -> Bool { canonicalNumber(s) != nil || isDataNumber(s) }
        var target: [Int] = []   // t's column -> a's column
        var k = 0
        for j in 0..<t.header.count {
            var end = k + 1
            while end <= a.header.count, !(0..<t.headerRows.count).allSatisfy({ r in joined(r, k..<end) == collapseSpaces(t.headerRows[r][j]) }) {
                end += 1
            }
            guard end <= a.header.count else { return nil }
            if end - k == 1 {
                target.append(k)
            } else {
                let cells = t.rows.map { $0.cells[j] }.filter { !$0.isEmpty }
                guard let first = cells.first, case let figures = isFigure(first), cells.allSatisfy({ isFigure($0) == figures }) else { return nil }
                let kin = (k..<end).filter { c in
                    let above = a.rows.map { $0.cells[c] }.filter { !$0.isEmpty }
                    return !above.isEmpty && above.allSatisfy { isFigure($0) == figures }
                }
                guard kin.count == 1 else { return nil }
                target.append(kin[0])
            }
            k = end
        }
        guard k == a.header.count else { return nil }
        var out = t
        out.header = a.header
        out.headerRows = a.headerRows
        for i in out.rows.indices {
            var cells = Array(repeating: "", count: a.header.count)
            for (j, c) in target.enumerated() { cells[c] = t.rows[i].cells[j] }
            out.rows[i].cells = cells
        }
        return out
    }

    mutating func mergeContinuations(_ tables: [ExtractedTable]) -> [ExtractedTable] {
        var out: [ExtractedTable] = []
        for t in tables {
            guard var a = out.last, a.encoding == t.encoding, !a.headerLost else { out.append(t); continue }
            // (a table whose grand total is printed goes on only where a note names it and its header is printed again:
            // the financing of a capital programme under `Appendix A – … (continued)`)
            let afterGrandTotal = endsWithGrandTotal(a)
            // a table drawn with spaces going on after a page break without its header, under a group name
            // (`Environment, Transport and Infrastructure` over its schemes) taken for its caption: the name is its first row
            var t = t
            var groupAbove: Int?
            if t.encoding == .spaces, t.headerLost, t.firstLine >= 2, kinds[t.firstLine - 2] == .prose,
               case let above = trimPlanSpace(lines[t.firstLine - 2]), above.utf8.count <= 80, !above.contains("  "),
               above.first?.isUppercase ?? false, !above.hasSuffix("."), !above.hasSuffix(":"),
               isHeading(lines[t.firstLine - 2], plainPapers: true) == nil, !isTableCaption(plainLine(above)) {
                groupAbove = t.firstLine - 1
            }
            // (or the name of the group printed under the table's last row, at the foot of the page, its rows on the
            // next: `Environmental Health and Licensing` under `Subtotal Planning Services`)
            var groupBelow: Int?
            if groupAbove == nil, t.encoding == .spaces, t.headerLost,
               // (a stride, not a range: the two tables may touch, and an empty range must not trap)
               let g = stride(from: a.lastLine + 1, through: min(a.lastLine + 2, t.firstLine - 1), by: 1).first(where: { kinds[$0 - 1] != .blank }),
               kinds[g - 1] == .prose, case let name = trimPlanSpace(lines[g - 1]), name.utf8.count <= 80, !name.contains("  "),
               name.first?.isUppercase ?? false, !name.hasSuffix("."), !name.hasSuffix(":"),
               isHeading(lines[g - 1], plainPapers: true) == nil, !isTableCaption(plainLine(name)) {
                groupBelow = g
            }
            // (a note that names the table above by its number, `Table 5 (continued)` under `Table 5: Revenue budget …`,
            // says the rows after it are that table's, its header printed again or not)
            // (or the heading the table stands under, by its first words: `Appendix A (continued)` under `APPENDIX A –
            // CAPITAL PROGRAMME 2025/26`, in a paper not written to the Kent template)
            let number = tableNumber(a.caption.isEmpty ? caption(before: a.firstLine) : a.caption)
            let section = plainPapers ? nearestHeading(headingsFound, before: a.firstLine, notBefore: 0).lowercased() : ""
            let named = stride(from: a.lastLine + 1, to: t.firstLine, by: 1).first { l in
                guard kinds[l - 1] == .prose, case let text = plainLine(trimPlanSpace(lines[l - 1])),
                      case let bare = withoutContinuedMark(text.lowercased()), bare != text.lowercased() else { return false }
                if number != nil && tableNumber(text) == number { return true }
                return bare.count >= 5 && section.hasPrefix(bare) && (section.count == bare.count || section.dropFirst(bare.count).first == " ")
            }
            // (and, under it, the table's header printed again, the rows after it read without it: `Outcome ⋯ 2022/23 ⋯`)
            var skipped = Set<Int>()
            if let named {
                skipped.insert(named)
                let headerKeys = Set(a.headerRows.map { compactKey($0) })
                for l in (named + 1)..<max(named + 1, t.firstLine) where kinds[l - 1] == .prose
                    && headerKeys.contains(compactKey(spacedFields(lines[l - 1]).map(\.text))) {
                    skipped.insert(l)
                }
            }
            let gap = gapAllowsMerge(from: groupBelow ?? a.lastLine, to: groupAbove ?? t.firstLine, skipping: skipped)
            guard gap.ok || gap.okIfHeaderRepeats else { out.append(t); continue }
            // never across the start of another unit's plan
            if let p = plans.last(where: { $0.firstLine <= t.firstLine }), p.firstLine > a.lastLine { out.append(t); continue }
            // the header printed again after the break: all of it, or its last row only
            // (a spanning heading read over one more column on one page than on the other is the same heading:
            // `Q3 2025/26` over `Target` only, then over `Target  Actual`)
            func spanKey(_ cells: [String]) -> String {
                var out: [String] = []
                for c in cells where !c.isEmpty && out.last != c { out.append(c) }
                return compactKey(out)
            }
            // (the header printed again word for word over a part whose rows leave a column empty throughout, `Lead officer`
            // over a capital programme's financing: its columns, read from its rows, are fewer; its header says which of
            // the columns above each stands for)
            if plainPapers, t.encoding == .spaces, !t.headerLost, t.header.count < a.header.count, t.headerLines.count == a.headerLines.count,
               zip(t.headerLines, a.headerLines).allSatisfy({ trimPlanSpace(lines[$0 - 1]) == trimPlanSpace(lines[$1 - 1]) }),
               let widened = widenedToTheHeaderAbove(t, above: a) {
                t = widened
            }
            let firstKey = t.headerRows.first.map { spanKey($0) } ?? ""
            let sameHeader = !t.headerLost && !firstKey.isEmpty && (firstKey == a.headerRows.first.map { spanKey($0) }
                || (t.headerRows.count == 1 && a.headerRows.count > 1 && firstKey == spanKey(a.headerRows.last!)))
            let lostHeaderContinuation = gap.ok && t.headerLost && gap.sawDebris && t.header.count == a.header.count
            guard (sameHeader && (gap.ok || t.headerRows.count == a.headerRows.count)) || lostHeaderContinuation,
                  !afterGrandTotal || (sameHeader && named != nil) else {
                out.append(t); continue
            }
            if let g = groupAbove ?? groupBelow {
                t.rows.insert(ExtractedRow(cells: [cleanCell(trimPlanSpace(lines[g - 1])).text] + Array(repeating: "", count: max(0, t.header.count - 1)), lines: g...g, sourceLines: [g]), at: 0)
                t.firstLine = g
                t.caption = ""
            }
            // mutated off the list, so that its rows are not copied at every page of a long table
            out.removeLast()
            // (the reading whose spanning headings stand over more columns, the rest alike, is the header)
            if sameHeader, t.headerRows.count == a.headerRows.count, t.header.count == a.header.count,
               zip(a.headerRows, t.headerRows).allSatisfy({ ra, rt in
                   ra.count == rt.count && zip(ra, rt).allSatisfy { $0.isEmpty || $0 == $1 }
               }), t.headerRows != a.headerRows {
                a.header = t.header
                a.headerRows = t.headerRows
            }
            if sameHeader {
                for l in t.headerLines {
                    rejects.append(RejectedLine(line: l, reason: .repeatedHeader, text: String(lines[l - 1])))
                }
            }
            for l in skipped.sorted() where l != named {
                rejects.append(RejectedLine(line: l, reason: .repeatedHeader, text: String(lines[l - 1])))
            }
            var rows = t.rows
            let width = max(a.header.count, t.header.count)
            if width > a.header.count {
                a.header += Array(repeating: "", count: width - a.header.count)
                for i in a.headerRows.indices { a.headerRows[i] = padded(a.headerRows[i], width) }
                for i in a.rows.indices { a.rows[i].cells = padded(a.rows[i].cells, width) }
            }
            for i in rows.indices { rows[i].cells = padded(rows[i].cells, width) }
            // the first row after the break may continue the last row before it
            // (not a capitalised name under a label that is whole: `Children, Families and Education` after
            // `… alternative to residential care` is the next group)
            // (nor a row with a date of its own under the last row's: `⋯ Relaunch the fire setter … ⋯ October 2025` under
            // a group's name merged over it, after `… ⋯ March 2026`)
            if let first = rows.first, var last = a.rows.last, first.cells.first?.isEmpty ?? false,
               !first.cells.contains(where: { isDataNumber($0) }), last.cells.filter({ !$0.isEmpty }).count >= 2,
               !first.cells.indices.contains(where: { c in isDateCell(first.cells[c]) && c < last.cells.count && isDateCell(last.cells[c]) }),
               first.cells.contains(where: { goesOnFromAbove($0) }) || last.cells.contains(where: { hangsOver($0) })
                || first.cells.filter({ !$0.isEmpty }).count >= 2 {
                for (c, text) in first.cells.enumerated() where !text.isEmpty {
                    if c < last.cells.count { last.cells[c] = last.cells[c].isEmpty ? text : last.cells[c] + " " + text }
                }
                for l in first.sourceLines { appendLine(l, to: &last) }
                a.rows[a.rows.count - 1] = last
                rows.removeFirst()
            }
            // a group's name filled down its rows before the break goes on down the rows after it that name none
            // (`Children and young people` over the first row of the next page)
            if plainPapers, a.rows.count >= 2, a.rows.allSatisfy({ !($0.cells.first ?? "").isEmpty }),
               zip(a.rows, a.rows.dropFirst()).contains(where: { $0.cells[0] == $1.cells[0] }), let name = a.rows.last?.cells.first {
                for i in rows.indices {
                    guard rows[i].cells.count >= 2, rows[i].cells[0].isEmpty, !rows[i].cells[1].isEmpty else { break }
                    rows[i].cells[0] = name
                }
            }
            a.rows += rows
            a.lastLine = t.lastLine
            out.append(a)
        }
        return out
    }
}

/// Words a status key explains (`Green`, `On track`, `↑`), in `normalizedKey` form.
let statusKeyMarks: Set<String> = [
    "red", "amber", "green", "blue", "grey", "gray", "black", "purple", "white", "red/amber", "amber/green",
    "on track", "off track", "at risk", "on target", "off target", "not on track", "complete", "completed", "achieved",
    "not achieved", "partly achieved", "not started", "in progress", "delayed", "overdue", "closed", "ongoing", "cancelled",
    "improving", "improved", "declining", "deteriorating", "worse", "better", "stable", "no change", "same", "unchanged",
    "not rated", "n/a", "not applicable", "data not available", "no data", "no target", "better than target",
    "met", "not met", "not reported", "partly met",
    "low", "medium", "high", "very low", "very high", "critical", "minor", "moderate", "major", "severe",
]

extension Extractor {
    /// A key explaining status marks, not data: rows of two cells, a mark and what it means, no figures;
    /// either every mark is a status word (`Green⇥On track` over `Amber⇥…`) or an arrow, or the line above
    /// calls it a key or legend (`RAG key`).
    func isStatusKey(_ rows: [[String]], title: String) -> Bool {
        let filled = rows.map { $0.filter { !$0.isEmpty } }
        // (its title in a row of its own over the marks: `<th>RAG key</th>`)
        if filled.count >= 3, filled[0].count == 1, namesAKey(filled[0][0]) { return isStatusKey(Array(rows.dropFirst()), title: filled[0][0]) }
        // (rows of two cells, a mark and what it means; or of three, a score's range, its rating and the
        // response, `15–25⇥High⇥Active management …`, or under a line that calls them a key)
        let widths = Set(filled.map(\.count))
        guard filled.count >= 2, filled.count <= 12, widths == [2] || widths == [3],
              !filled.contains(where: { r in r.contains { isDataNumber($0) } }) else { return false }
        func isMark(_ m: String) -> Bool {
            statusKeyMarks.contains(m) || (m.count <= 2 && m.unicodeScalars.allSatisfy { (0x2190...0x21FF).contains($0.value) || (0x25A0...0x25FF).contains($0.value) })
        }
        let marks = filled.map { normalizedKey($0[0]) }
        if widths == [2], marks.allSatisfy(isMark) { return true }
        // or the marks second, after the ranges of a score they stand for (`1 – 4 | Low`), under headings
        let rated = filled.dropFirst()
        if rated.count >= 2, rated.allSatisfy({ r in isMark(normalizedKey(r[1])) && r[0].count <= 12 && r[0].contains(where: { $0.isNumber }) }) {
            return true
        }
        return namesAKey(title)
    }
}

/// The line over a glossary (`Glossary`, `Abbreviations`).
let glossaryTitles: Set<String> = ["glossary", "glossary of terms", "abbreviations", "abbreviations used", "acronyms",
                                   "acronyms and abbreviations", "abbreviations and acronyms", "key to abbreviations", "definitions"]

/// The second heading of a two-column legend or glossary (`Rating | Meaning`).
let legendHeadings: Set<String> = ["meaning", "definition", "description", "explanation", "what it means"]
