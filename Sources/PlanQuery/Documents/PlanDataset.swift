/// The bundled plan dataset: typed, provenance-carrying tables built from plan documents.
///
/// Every grid has `source` (document name) and `line` (first source line of the row)
/// columns. Typed fields are written canonically so the CSV loader infers their types:
/// financial years `2008/09`, ISO dates, plain decimals (no `£`, no commas), empty for null.

/// A table of strings with named columns.
package struct NamedGrid: Sendable, Equatable {
    package var name: String
    package var columns: [String]
    package var rows: [[String]]

    package init(name: String, columns: [String], rows: [[String]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// Appends a row given as column → value pairs; unknown columns are a programming error.
    mutating func append(_ values: [String: String]) {
        var row = Array(repeating: "", count: columns.count)
        for (k, v) in values {
            guard let i = columns.firstIndex(of: k) else { preconditionFailure("no column \(k) in \(name)") }
            row[i] = v
        }
        rows.append(row)
    }
}

/// Builds the dataset tables (`plans`, `kpis`, `budgets`, `projects`, `staffing`, `targets`,
/// `consultations`, `monitoring`) from plan documents, with a human-readable report of
/// what was extracted and what was skipped.
package func buildPlanDataset(documents: [(name: String, text: String)]) -> (grids: [NamedGrid], report: String) {
    var builder = PlanDatasetBuilder()
    var reportLines: [String] = []
    for doc in documents {
        let imported = importDocument(name: doc.name, text: doc.text)
        reportLines.append(imported.summary)
        builder.add(imported)
    }
    let grids = builder.grids()
    reportLines.append("dataset: " + grids.map { "\($0.name) \($0.rows.count)" }.joined(separator: ", "))
    if !builder.notes.isEmpty {
        reportLines.append(contentsOf: builder.notes)
    }
    return (grids, reportLines.joined(separator: "\n"))
}

/// Column lists of the dataset tables (also documented in docs/data-dictionary.md).
package enum PlanDatasetSchema {
    package static let plans = ["unit", "directorate", "year", "title_line", "line_end", "source", "line"]
    package static let kpis = ["unit", "directorate", "group", "code", "indicator", "breakdown", "period", "measure",
                              "value", "value_format", "value_text", "column", "source", "line"]
    package static let budgets = ["unit", "directorate", "budget", "table", "group", "cost_centre", "line_item", "year",
                                 "fte", "employee", "running", "contracts", "transfer", "gross", "external_income",
                                 "internal_income", "controllable", "cabinet_member", "row_kind", "note", "source", "line"]
    package static let projects = ["unit", "directorate", "theme", "ref", "project", "manager", "links", "deliverables",
                                  "due_text", "due", "source", "line", "line_end"]
    package static let staffing = ["unit", "directorate", "team", "band", "year", "fte", "value_text", "note", "source", "line"]
    package static let targets = ["unit", "directorate", "group", "framework", "plan_text", "ref", "target", "lead",
                                 "source", "line", "line_end"]
    package static let consultations = ["unit", "directorate", "name", "dates_text", "start", "end", "feedback",
                                       "target_group", "area", "statutory", "kind", "contact", "source", "line", "line_end"]
    package static let monitoring = ["portfolio", "kind", "measure", "value", "value_text", "table", "source", "line"]
}

struct PlanDatasetBuilder {
    var plans = NamedGrid(name: "plans", columns: PlanDatasetSchema.plans)
    var kpis = NamedGrid(name: "kpis", columns: PlanDatasetSchema.kpis)
    var budgets = NamedGrid(name: "budgets", columns: PlanDatasetSchema.budgets)
    var projects = NamedGrid(name: "projects", columns: PlanDatasetSchema.projects)
    var staffing = NamedGrid(name: "staffing", columns: PlanDatasetSchema.staffing)
    var targets = NamedGrid(name: "targets", columns: PlanDatasetSchema.targets)
    var consultations = NamedGrid(name: "consultations", columns: PlanDatasetSchema.consultations)
    var monitoring = NamedGrid(name: "monitoring", columns: PlanDatasetSchema.monitoring)
    var notes: [String] = []
    var tableKinds: [String: Int] = [:]

    mutating func add(_ doc: DocumentImport) {
        for p in doc.plans where p.kind == .plan {
            plans.append(["unit": p.unit, "directorate": p.directorate, "year": p.year, "title_line": String(p.titleLine),
                          "line_end": String(p.lastLine), "source": doc.name, "line": String(p.firstLine)])
        }
        var previous: (table: ExtractedTable, kind: PlanTableKind)?
        for original in doc.tables.flatMap(splitBudgetedFTEs) {
            var t = original
            var kind = classifyTable(t)
            var staffingNote = ""
            if t.headerLost {
                // a table continued after a page break without its header: reuse the header of
                // the table it continues (same unit, close by, same kind of rows)
                if let prev = previous, prev.table.unit == t.unit, t.firstLine - prev.table.lastLine < 150,
                   (prev.kind == .budget && looksLikeBudgetRows(t)) || (prev.kind != .other && prev.kind != .budget && prev.table.header.count == t.header.count) {
                    kind = prev.kind
                    let width = max(prev.table.header.count, t.header.count)
                    t.header = prev.table.header + Array(repeating: "", count: width - prev.table.header.count)
                    for i in t.rows.indices where t.rows[i].cells.count < width {
                        t.rows[i].cells += Array(repeating: "", count: width - t.rows[i].cells.count)
                    }
                    t.headerLost = false
                    if kind == .staffing { staffingNote = "header lost; columns as in the table above" }
                } else if t.header.count == 3, looksLikeStaffing(t) {
                    kind = .staffing
                    t.header = ["", "2007/08", "2008/09"]
                    t.headerLost = false
                    staffingNote = "header lost; years 2007/08 and 2008/09 from the plan template"
                }
            }
            tableKinds[kind.rawValue, default: 0] += 1
            if kind != .other { previous = (t, kind) }
            switch kind {
            case .kpi: addKPIs(t, source: doc.name)
            case .budget: addBudget(t, source: doc.name)
            case .project: addProjects(t, source: doc.name)
            case .staffing: addStaffing(t, source: doc.name, note: staffingNote)
            case .target: addTargets(t, source: doc.name)
            case .consultation: addConsultations(t, source: doc.name)
            case .monitoring: addMonitoring(t, source: doc.name)
            case .other: break
            }
        }
    }

    func grids() -> [NamedGrid] { [plans, kpis, budgets, projects, staffing, targets, consultations, monitoring] }
}

// MARK: - table classification

enum PlanTableKind: String { case kpi, budget, project, staffing, target, consultation, monitoring, other }

func headerText(_ t: ExtractedTable) -> String { normalizedKey(t.header.joined(separator: " | ")) }

func classifyTable(_ t: ExtractedTable) -> PlanTableKind {
    guard !t.headerLost, !t.rows.isEmpty else { return .other }
    let h = headerText(t)
    let cols = t.header.map { normalizedKey($0) }
    let section = normalizedKey(t.section)
    let caption = normalizedKey(t.caption)
    if cols.first == "portfolio", h.contains("£m") { return .monitoring }
    if cols.contains(where: { $0.contains("capital variance") }), t.unit.isEmpty { return .monitoring }
    if h.contains("controllable") && (h.contains("gross") || h.contains("employee")) { return .budget }
    if (h.contains("revenue budget") || h.contains("capital budget")) && h.contains("gross") { return .budget }
    if cols.count >= 3, cols.contains(where: { $0 == "plan" }) && cols.contains(where: { $0.contains("lead officer") }) { return .target }
    if cols.first == "name", cols.contains(where: { $0.contains("target group") }) || cols.contains(where: { $0.contains("start") }) {
        return .consultation
    }
    let hasProject = cols.contains { $0.contains("project") || $0.contains("key action") }
    let hasManager = cols.contains { $0.contains("manager") || $0.hasPrefix("a/c") }
    let hasDate = cols.contains { $0.contains("date") }
    if hasProject && hasManager && hasDate && !h.contains("progress") && !h.contains("evidence of compliance") { return .project }
    // staffing: FTE by band/team for two years
    let fyCols = cols.filter { parseFiscalYear(Substring($0)) != nil }.count
    if fyCols >= 1, fyCols == cols.count - 1,
       section.contains("staffing") || caption.contains("staffing") || cols.first!.contains("budgeted fte")
        || t.rows.contains(where: { isBandLabel($0.cells.first ?? "") }) {
        return .staffing
    }
    // KPIs: an indicator column and actual/estimate/target columns, or the KPI section
    // KPIs need an actual/estimate/target column; service-comparison tables are not KPIs
    let core: Set<String> = ["actual", "estimate", "target", "forecast", "outturn"]
    let measureCols = cols.dropFirst().filter { measureOf($0).map { core.contains($0) } ?? false }.count
    let comparison = section.contains("comparison") || cols.dropFirst().first.map { $0.hasPrefix("comparator") } ?? false
    if measureCols >= 1, !comparison {
        if cols.first!.contains("indicator") || cols.first!.contains("performance indicator") { return .kpi }
        if section.contains("key performance indicators") && (cols.first!.isEmpty || cols.first!.contains("indicator")) { return .kpi }
        if cols.first!.hasPrefix("indicator") { return .kpi }
    }
    return .other
}

/// Rows with at least five amounts (a budget table continued without its header).
func looksLikeBudgetRows(_ t: ExtractedTable) -> Bool {
    let budgetish = t.rows.filter { r in r.cells.filter { budgetNumber($0) != nil }.count >= 5 }.count
    return budgetish * 2 >= t.rows.count
}

/// CED budget tables end with a spreadsheet check block whose `BUDGETED FTEs ⇥ 2007/08 ⇥ 2008/09`
/// part is a staffing table: split it off (cells compacted) so it is read as one.
func splitBudgetedFTEs(_ t: ExtractedTable) -> [ExtractedTable] {
    guard let k = t.rows.firstIndex(where: { r in
        normalizedKey(r.cells.first(where: { !$0.isEmpty }) ?? "").hasPrefix("budgeted fte")
    }) else { return [t] }
    var head = t
    head.rows = Array(t.rows[..<k])
    head.lastLine = k > 0 ? t.rows[k - 1].lines.upperBound : t.firstLine
    var tail = t
    let compact: ([String]) -> [String] = { $0.filter { !$0.isEmpty } }
    tail.header = compact(t.rows[k].cells)
    tail.headerLost = false
    tail.caption = "BUDGETED FTEs"
    tail.firstLine = t.rows[k].lines.lowerBound
    let width = tail.header.count
    tail.rows = t.rows[(k + 1)...].map { r in
        var r = r
        var c = compact(r.cells)
        if c.count < width { c += Array(repeating: "", count: width - c.count) }
        r.cells = Array(c.prefix(max(width, 1)))
        return r
    }
    tail.headerRows = [tail.header]
    return k > 0 ? [head, tail] : [tail]
}

/// A headerless two-column FTE table under a Staffing heading or with grade-band rows.
func looksLikeStaffing(_ t: ExtractedTable) -> Bool {
    let section = normalizedKey(t.section), caption = normalizedKey(t.caption)
    guard section.contains("staffing") || caption.contains("staffing") || t.rows.contains(where: { isBandLabel($0.cells[0]) }) else { return false }
    return t.rows.allSatisfy { r in
        !r.cells[0].isEmpty && r.cells.dropFirst().allSatisfy { $0.isEmpty || canonicalNumber($0) != nil || isStatusToken($0) }
    }
}

func isBandLabel(_ s: String) -> Bool {
    let k = normalizedKey(s)
    return k.hasPrefix("pt13") || k.hasPrefix("pt12") || k.hasPrefix("ks13") || k.hasPrefix("ks12") || k.hasPrefix("ks 13")
        || k.hasPrefix("ks 12") || k.hasPrefix("j and above") || k.hasPrefix("i and below") || k.hasPrefix("kr13")
        || k.hasPrefix("kr12") || k.hasPrefix("grade kr") || k.contains("externally funded") || k.hasPrefix("kr 13") || k.hasPrefix("kr 12")
}

/// `actual`, `estimate`, `target`, … from a KPI column heading.
func measureOf(_ header: String) -> String? {
    let k = normalizedKey(header)
    if k.contains("national average") { return "national average" }
    if k.contains("comparator") { return "comparator average" }
    if k.contains("outturn") { return "outturn" }
    if k.contains("estimat") { return "estimate" }
    if k.contains("target") { return "target" }
    if k.contains("forecast") { return "forecast" }
    if k.contains("actual") || k.contains("existing performance") { return "actual" }
    return nil
}

/// The first financial year written in a heading (`Target 2008 – 2009 %` → 2008/09).
func fiscalYearIn(_ text: String) -> FiscalYear? {
    let chars = Array(text)
    var i = 0
    while i < chars.count {
        if chars[i].isNumber, i == 0 || !chars[i - 1].isNumber {
            // try the longest candidate starting here: up to 13 characters
            var best: FiscalYear?
            var j = min(chars.count, i + 13)
            while j > i + 3 {
                if let fy = parseFiscalYear(Substring(String(chars[i..<j]))) {
                    if j == chars.count || !chars[j].isNumber { best = fy; break }
                }
                j -= 1
            }
            if let best { return best }
        }
        i += 1
    }
    return nil
}

// MARK: - value helpers

/// Canonical plain text of a number cell: `93%` → `0.93`, `£1,639.8` → `1639.8`, `3,745` → `3745`.
/// Footnote marks (`*`, `^`, superscript digits) and `(Excl.OH)` qualifiers are removed first.
/// Returns nil for anything that is not a single number.
func canonicalNumber(_ cell: String) -> (value: String, format: PlanNumberFormat)? {
    var s = Substring(cell)
    for q in ["(Excl.OH)", "[Excl.OH]", "(excl.OH)"] where s.hasPrefix(q) { s = s.dropFirst(q.count) }
    s = trimPlanSpace(s)
    while let l = s.last, l == "*" || l == "^" || "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(l) { s = s.dropLast() }
    s = trimPlanSpace(s)
    switch parsePlanCell(s) {
    case .integer(let v): return (String(v), .plain)
    case .decimal(let d, let f): return (f == .percent ? d.normalized.description : d.description, f)
    default: return nil
    }
}

/// Every date-like token of a free-text date cell, as (first day, last day) pairs:
/// `31/03/09`, `March 2009`, `Mar 09`, `Sept 08`, `2008/09` (whole year), `06/08` (mm/yy).
func dateTokens(_ text: String) -> [(CalendarDate, CalendarDate)] {
    var out: [(CalendarDate, CalendarDate)] = []
    let cleaned = text.replacing("–", with: " ").replacing("—", with: " ").replacing(",", with: " ")
    let words = cleaned.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "(" || $0 == ")" })
        .map { w -> Substring in
            var w = w
            while let l = w.last, l == "." || l == ":" || l == "*" { w = w.dropLast() }
            return w
        }
    // `NN/NN` is ambiguous: `08/09` is the financial year in "08/09 Ongoing", but August 2009
    // in "07/09 08/09". Read it as mm/yy only when the same cell has an unambiguous mm/yy
    // (first part 12 or less and not followed by the next year, like `07/09`).
    func isShortPair(_ w: Substring) -> (Int, Int)? {
        let parts = w.split(separator: "/")
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        return (a, b)
    }
    let cellUsesMonthYear = words.contains { w in
        guard let (a, b) = isShortPair(w) else { return false }
        return a >= 1 && a <= 12 && b != (a + 1) % 100
    }
    var i = 0
    while i < words.count {
        let w = words[i]
        // month name + year
        if i + 1 < words.count, let m = monthNumber(w), let y = Int(words[i + 1]),
           words[i + 1].count == 2 || words[i + 1].count == 4 {
            let ym = YearMonth(year: words[i + 1].count == 2 ? twoDigitYear(y) : y, month: m)
            out.append((ym.firstDay, ym.lastDay))
            i += 2
            continue
        }
        let monthYear = cellUsesMonthYear && isShortPair(w) != nil
        if let d = parseDayFirstDate(w) {
            out.append((d, d))
        } else if monthYear, let m = parseNumericMonth(w) {
            out.append((m.firstDay, m.lastDay))
        } else if let fy = parseFiscalYear(w) {
            out.append((fy.firstDay, fy.lastDay))
        } else if let m = parseNumericMonth(w) {
            out.append((m.firstDay, m.lastDay))
        } else if w.contains("-") || w.contains("/") {
            // "1/3/08-31/7/08", "May/Aug"
            for part in w.split(whereSeparator: { $0 == "-" }) where part != w {
                if let d = parseDayFirstDate(part) { out.append((d, d)) }
            }
        }
        i += 1
    }
    return out
}

func attribution(_ t: ExtractedTable) -> [String: String] {
    ["unit": t.unit, "directorate": t.directorate]
}
