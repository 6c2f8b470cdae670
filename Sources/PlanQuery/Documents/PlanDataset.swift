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

    /// Appends a row given as column → value pairs. Keys that are not columns of this grid
    /// are ignored (the mappers build rows from a shared attribution dictionary).
    mutating func append(_ values: [String: String]) {
        var row = Array(repeating: "", count: columns.count)
        for (k, v) in values {
            if let i = columns.firstIndex(of: k) { row[i] = v } else { assert(false, "no column \(k) in \(name)") }
        }
        rows.append(row)
    }
}

/// Builds the dataset tables (`plans`, `kpis`, `budgets`, …, and `tables`, the disposition
/// of every extracted table) from plan documents, with a human-readable report of what was
/// extracted and what was left out, and why.
package func buildPlanDataset(documents: [(name: String, text: String)]) -> (grids: [NamedGrid], report: String) {
    buildPlanDataset(imported: documents.lazy.map { (importDocument(name: $0.name, text: $0.text), $0.text) })
}

/// The same from documents already imported, each with its text (the document fuzz target
/// checks the import and the dataset built from it without importing twice).
package func buildPlanDataset<Imports: Sequence<(DocumentImport, String)>>(imported documents: Imports)
    -> (grids: [NamedGrid], report: String) {
    var builder = PlanDatasetBuilder()
    var reportLines: [String] = []
    for (imported, text) in documents {
        reportLines.append(imported.summary)
        builder.add(imported, text: text)
        reportLines.append(builder.tableAccounting(source: imported.name))
    }
    let grids = builder.grids()
    reportLines.append("dataset: " + grids.map { "\($0.name) \($0.rows.count)" }.joined(separator: ", "))
    reportLines.append(contentsOf: builder.notes)
    reportLines.append(contentsOf: builder.excludedTableLines())
    return (grids, reportLines.joined(separator: "\n"))
}

/// Column lists of the dataset tables (also documented in docs/data-dictionary.md).
package enum PlanDatasetSchema {
    package static let plans = ["unit", "directorate", "year", "title_line", "line_end", "source", "line"]
    package static let kpis = ["unit", "directorate", "group", "code", "indicator", "breakdown", "period", "measure",
                              "value", "value_unit", "value_format", "value_text", "rating", "column", "section", "source", "line"]
    package static let budgets = ["unit", "directorate", "budget", "table", "group", "cost_centre", "line_item", "year",
                                 "fte", "employee", "running", "contracts", "transfer", "gross", "external_income",
                                 "internal_income", "controllable", "cabinet_member", "row_kind", "note", "section", "source", "line"]
    package static let projects = ["unit", "directorate", "theme", "ref", "project", "manager", "links", "deliverables",
                                  "due_text", "due", "section", "source", "line", "line_end"]
    package static let staffing = ["unit", "directorate", "team", "band", "band_key", "year", "fte", "value_text", "note",
                                  "section", "source", "line"]
    package static let targets = ["unit", "directorate", "group", "framework", "plan_text", "ref", "target_no", "role",
                                 "target", "lead", "section", "source", "line", "line_end"]
    package static let consultations = ["unit", "directorate", "name", "dates_text", "start", "end", "feedback",
                                       "target_group", "area", "statutory", "kind", "contact", "section", "source", "line", "line_end"]
    package static let monitoring = ["portfolio", "kind", "measure", "value", "value_text", "table", "section", "source", "line"]
    package static let comparators = ["unit", "directorate", "table", "group", "code", "indicator", "breakdown", "authority",
                                     "period", "measure", "value", "value_format", "value_text", "column", "section", "source", "line"]
    package static let activity = ["unit", "directorate", "table", "group", "activity", "area", "period", "measure", "value",
                                  "value_unit", "value_format", "value_text", "column", "section", "source", "line"]
    package static let risks = ["unit", "directorate", "category", "risk", "outcome", "actions", "lead", "rating", "section",
                               "source", "line", "line_end"]
    package static let actions = ["unit", "directorate", "kind", "objective", "action", "evidence", "impact", "lead", "due_text",
                                 "due", "section", "source", "line", "line_end"]
    package static let commitments = ["document", "chapter", "theme", "heading", "kind", "seq", "commitment", "section",
                                     "source", "line", "line_end"]
    package static let claims = ["document", "section", "topic", "claim", "figures", "source", "line", "line_end"]
    package static let tables = ["table_no", "unit", "directorate", "section", "caption", "kind", "dataset", "rows",
                                "dataset_rows", "reason", "header", "source", "line", "line_end"]
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
    var comparators = NamedGrid(name: "comparators", columns: PlanDatasetSchema.comparators)
    var activity = NamedGrid(name: "activity", columns: PlanDatasetSchema.activity)
    var risks = NamedGrid(name: "risks", columns: PlanDatasetSchema.risks)
    var actions = NamedGrid(name: "actions", columns: PlanDatasetSchema.actions)
    var commitments = NamedGrid(name: "commitments", columns: PlanDatasetSchema.commitments)
    var claims = NamedGrid(name: "claims", columns: PlanDatasetSchema.claims)
    /// One row per extracted table: which dataset table it went to, or why it was left out.
    var tables = NamedGrid(name: "tables", columns: PlanDatasetSchema.tables)
    var notes: [String] = []
    var targetContext = TargetContext()
    /// Titles of the budget tables read so far, by document and unit: each printed table gets
    /// its own `table` value.
    var budgetTitlesUsed: [String: Set<String>] = [:]
    var lastBudgetTitle = ""

    /// Rows across the data grids (not `plans` or `tables`): to count what one table produced.
    var dataRowCount: Int {
        [kpis, budgets, projects, staffing, targets, consultations, monitoring, comparators, activity, risks, actions]
            .reduce(0) { $0 + $1.rows.count }
    }

    mutating func add(_ doc: DocumentImport, text: String = "") {
        for p in doc.plans where p.kind == .plan {
            plans.append(["unit": p.unit, "directorate": p.directorate, "year": p.year, "title_line": String(p.titleLine),
                          "line_end": String(p.lastLine), "source": doc.name, "line": String(p.firstLine)])
        }
        var previous: (table: ExtractedTable, kind: PlanTableKind)?
        for (index, whole) in doc.tables.enumerated() {
            for original in splitBudgetedFTEs(whole) {
                var t = original
                var kind = classifyTable(t)
                var staffingNote = ""
                var continuesBudget = false
                if kind == .other, let prev = previous, prev.table.unit == t.unit, prev.kind == .budget, looksLikeBudgetRows(t) {
                    // budget rows printed without their header (lost at a page break, or only the
                    // year band survived): read with the header of the unit's budget table above
                    kind = .budget
                    continuesBudget = !prev.table.rows.contains { isGrandTotalRow($0.cells) }
                    t = withHeader(of: prev.table, t)
                } else if kind == .other, !t.headerLost, let prev = previous, prev.table.unit == t.unit, prev.kind != .budget,
                          prev.table.section == t.section,
                          t.firstLine - prev.table.lastLine < 40, abs(prev.table.header.count - t.header.count) <= 1,
                          headerContinuesTable(t.header, above: prev.table.header) {
                    // a table continued after a page break whose first row was taken for a header:
                    // a fragment of the header above (`te Target`), or the wrapped end of the last
                    // row above (`hospital and combine resources …`), which is data
                    kind = prev.kind
                    if !isHeaderFragment(t.header, of: prev.table.header), let hl = t.headerLines.last {
                        t.rows.insert(ExtractedRow(cells: t.header, lines: hl...hl, sourceLines: [hl]), at: 0)
                    }
                    t = withHeader(of: prev.table, t)
                } else if t.headerLost, kind == .other {
                    // a table continued after a page break without its header: reuse the header of
                    // the table it continues (same unit, close by, same kind of rows)
                    if let prev = previous, prev.table.unit == t.unit, t.firstLine - prev.table.lastLine < 150,
                       prev.table.section == t.section, prev.kind != .budget, abs(prev.table.header.count - t.header.count) <= 1 {
                        kind = prev.kind
                        t = withHeader(of: prev.table, t)
                        if kind == .staffing { staffingNote = "header lost; columns as in the table above" }
                    } else if t.header.count == 3, looksLikeStaffing(t) {
                        kind = .staffing
                        t.header = ["", "2007/08", "2008/09"]
                        t.headerLost = false
                        staffingNote = "header lost; years 2007/08 and 2008/09 from the plan template"
                    }
                }
                if kind != .other { previous = (t, kind) }
                let before = dataRowCount
                switch kind {
                case .kpi: addKPIs(t, source: doc.name)
                case .budget:
                    let title = continuesBudget ? lastBudgetTitle : budgetTitle(t, source: doc.name)
                    lastBudgetTitle = title
                    addBudget(t, source: doc.name, title: title)
                case .project: addProjects(t, source: doc.name)
                case .staffing: addStaffing(t, source: doc.name, note: staffingNote)
                case .target: addTargets(t, source: doc.name)
                case .consultation: addConsultations(t, source: doc.name)
                case .monitoring: addMonitoring(t, source: doc.name)
                case .comparator: addComparators(t, source: doc.name)
                case .activity: addActivity(t, source: doc.name)
                case .risk: addRisks(t, source: doc.name)
                case .action: addActions(t, source: doc.name)
                case .other: break
                }
                let produced = dataRowCount - before
                var reason = ""
                if kind == .other {
                    reason = exclusionReason(t)
                } else if produced == 0 {
                    reason = exclusionReason(t)
                    if reason.hasPrefix("layout not recognised") { reason = "read as \(kind.dataset) but no row had values" }
                }
                tables.append(["table_no": String(index + 1), "unit": t.unit, "directorate": t.directorate,
                               "section": t.section, "caption": t.caption, "kind": kind.rawValue,
                               "dataset": produced > 0 ? kind.dataset : "", "rows": String(t.rows.count),
                               "dataset_rows": String(produced), "reason": reason,
                               "header": t.headerLost ? "" : t.header.joined(separator: " | "),
                               "source": doc.name, "line": String(t.firstLine), "line_end": String(t.lastLine)])
            }
        }
        if isMediumTermPlan(doc, text) { addCommitments(text, source: doc.name) }
        if isSelfAssessment(doc, text) { addClaims(text, source: doc.name) }
    }

    func grids() -> [NamedGrid] {
        [plans, kpis, budgets, projects, staffing, targets, consultations, monitoring, comparators, activity, risks, actions,
         commitments, claims, tables]
    }

    /// `F001: 623 tables: 540 in dataset tables (kpis 49, …), 83 left out (reasons …)`.
    func tableAccounting(source: String) -> String {
        let si = tables.columns.firstIndex(of: "source")!, di = tables.columns.firstIndex(of: "dataset")!
        let mine = tables.rows.filter { $0[si] == source }
        let used = mine.filter { !$0[di].isEmpty }
        var byDataset: [String: Int] = [:]
        for r in used { byDataset[r[di], default: 0] += 1 }
        let parts = byDataset.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let ni = tables.columns.firstIndex(of: "table_no")!
        let distinct = Set(mine.map { $0[ni] }).count
        var s = "\(source): \(distinct) tables"
        if distinct != mine.count { s += " (\(mine.count) parts: CED budget tables end with a BUDGETED FTEs block read as staffing)" }
        s += ": \(used.count) in dataset tables"
        if !parts.isEmpty { s += " (" + parts + ")" }
        s += ", \(mine.count - used.count) left out with a reason (listed below)"
        return s
    }

    /// One report line per table left out of the dataset: where it is and why.
    func excludedTableLines() -> [String] {
        let c = { (name: String) in tables.columns.firstIndex(of: name)! }
        return tables.rows.filter { $0[c("dataset")].isEmpty }.map { r in
            let unit = r[c("unit")].isEmpty ? "" : " (\(r[c("unit")]))"
            return "left out: \(r[c("source")]):\(r[c("line")])-\(r[c("line_end")])\(unit): \(r[c("reason")])"
        }
    }
}

// MARK: - table classification

enum PlanTableKind: String {
    case kpi, budget, project, staffing, target, consultation, monitoring, comparator, activity, risk, action, other

    /// The dataset table a table of this kind feeds.
    var dataset: String {
        switch self {
        case .kpi: return "kpis"
        case .budget: return "budgets"
        case .project: return "projects"
        case .staffing: return "staffing"
        case .target: return "targets"
        case .consultation: return "consultations"
        case .monitoring: return "monitoring"
        case .comparator: return "comparators"
        case .activity: return "activity"
        case .risk: return "risks"
        case .action: return "actions"
        case .other: return ""
        }
    }
}

func headerText(_ t: ExtractedTable) -> String { normalizedKey(t.header.joined(separator: " | ")) }

func classifyTable(_ t: ExtractedTable) -> PlanTableKind {
    guard !t.headerLost, !t.rows.isEmpty else { return .other }
    let h = headerText(t)
    let cols = t.header.map { normalizedKey($0) }
    let section = normalizedKey(t.section)
    let caption = normalizedKey(t.caption)
    if cols.first == "portfolio", containsText(h, "£m") { return .monitoring }
    if cols.contains(where: { containsText($0, "capital variance") }), t.unit.isEmpty { return .monitoring }
    if containsText(h, "controllable") && (containsText(h, "gross") || containsText(h, "employee")) { return .budget }
    if (containsText(h, "revenue budget") || containsText(h, "capital budget")) && containsText(h, "gross") { return .budget }
    if cols.count >= 3, cols.contains(where: { $0 == "plan" }) && cols.contains(where: { containsText($0, "lead officer") }) { return .target }
    // the title row `⇥ Key Corporate / Directorate Targets ⇥` standing in for a lost header
    if cols.count == 3, containsText(h, "directorate targets") || containsText(h, "corporate targets"),
       t.rows.filter({ frameworkNamed(in: $0.cells[0]) != nil || isTargetReference($0.cells[0]) }).count * 3 >= t.rows.count {
        return .target
    }
    if cols.first == "name", cols.contains(where: { containsText($0, "target group") }) || cols.contains(where: { containsText($0, "start") }) {
        return .consultation
    }
    // risks: `RISK ⇥ ACTIONS ⇥ LEAD`, `Risk ⇥ Mitigation ⇥ Owner`, `Event ⇥ … ⇥ Existing controls` under Risks
    if let first = cols.first, first.hasPrefix("risk") || first == "key risks" || (first == "event" && containsText(section, "risk")),
       cols.dropFirst().contains(where: { containsText($0, "action") || containsText($0, "mitigat") || containsText($0, "control") }) {
        return .risk
    }
    // environment objectives, climate-change adaptation, equality action plans
    if containsText(h, "environmental objective") || containsText(h, "evidence of compliance") || containsText(h, "adaptive action")
        || (cols.first.map { containsText($0, "priority outcome") || $0.hasPrefix("equality strategy") || $0.hasPrefix("priority area") } ?? false)
        || (containsText(section, "equalit") && cols.contains(where: { $0 == "lead" || $0.hasPrefix("lead ") })
            && cols.contains(where: { containsText($0, "action") || containsText($0, "activity planned") })) {
        return .action
    }
    let hasProject = cols.contains { containsText($0, "project") || containsText($0, "key action") }
    let hasManager = cols.contains { containsText($0, "manager") || $0.hasPrefix("a/c") }
    let hasDate = cols.contains { containsText($0, "date") }
    if hasProject && hasManager && hasDate && !containsText(h, "progress") && !containsText(h, "evidence of compliance") { return .project }
    // staffing: FTE by band/team for two years
    let fyCols = cols.filter { parseFiscalYear(Substring($0)) != nil }.count
    if fyCols >= 1, fyCols == cols.count - 1,
       containsText(section, "staffing") || containsText(caption, "staffing") || cols.first!.contains("budgeted fte")
        || t.rows.contains(where: { isBandLabel($0.cells.first ?? "") }) {
        return .staffing
    }
    // budget rows under a header of which only the year band survived (`2007-08 ⇥ ⇥ 2008-09`):
    // read with the unit's budget header by the builder
    if t.header.allSatisfy({ $0.isEmpty || parseFiscalYear(Substring($0)) != nil }), looksLikeBudgetRows(t) { return .other }
    let valueCells = t.rows.flatMap { $0.cells.dropFirst() }.filter { !$0.isEmpty }
    let numeric = valueCells.filter { !measuredValue($0).value.isEmpty }.count
    let mostlyNumbers = !valueCells.isEmpty && numeric * 2 >= valueCells.count
    // comparisons, decided by content rather than by the section heading (a section titled
    // "Key Performance Indicators and Service Comparisons" holds a KPI table): authorities
    // as column headings, or as most row labels
    let authorityColumns = t.header.dropFirst().filter { authorityNamed(in: $0) != nil }.count
    let labels = t.rows.map { $0.cells.first(where: { !$0.isEmpty }) ?? "" }.filter { !$0.isEmpty }
    let authorityRows = labels.filter(isAuthorityLabel).count
    let comparisonSection = containsText(section, "comparison") || containsText(section, "comparator") || containsText(section, "benchmark")
        || containsText(caption, "comparison") || containsText(caption, "comparator") || containsText(caption, "benchmark")
    // KPIs: an indicator column and the unit's own actual/estimate/target columns (benchmark
    // columns beside them go to comparators)
    let core: Set<String> = ["actual", "estimate", "target", "forecast", "outturn"]
    let measureCols = cols.dropFirst().filter { measureOf($0).map { core.contains($0) } ?? false }.count
    let ownMeasureCols = t.header.dropFirst().filter { h in
        (measureOf(h).map { core.contains($0) } ?? false) && authorityNamed(in: h) == nil
    }.count
    let areaRows = t.rows.filter { isAreaLabel($0.cells[0]) }.count
    if ownMeasureCols >= 1, let first = cols.first, authorityRows * 2 < max(labels.count, 1) {
        if containsText(first, "indicator") || containsText(first, "performance") { return .kpi }
        if containsText(section, "key performance indicators"), areaRows == 0 { return .kpi }
    }
    // `Indicator ⇥ 2006-07`, `Overall absence ⇥ 2004/5 ⇥ 2005/6 ⇥ 2006/7`: an indicator (or
    // one named in the first heading, with breakdown rows) by financial year
    let barePeriods = cols.count >= 2 && cols.dropFirst().allSatisfy { parseFiscalYear(Substring($0)) != nil }
    if barePeriods, mostlyNumbers, let first = cols.first, !first.isEmpty, !isDimensionHeading(first), areaRows == 0,
       authorityRows * 2 < max(labels.count, 1), !t.rows.contains(where: { isBandLabel($0.cells[0]) }) {
        return .kpi
    }
    if mostlyNumbers, areaRows * 2 < max(t.rows.count, 1), authorityColumns >= 2
        || (authorityRows >= 2 && authorityRows * 2 >= labels.count && (authorityRows >= 3 || comparisonSection)) {
        return .comparator
    }
    if comparisonSection, mostlyNumbers { return .comparator }
    // forecast activity levels: numbers under period / estimate headings
    let activitySection = containsText(section, "activity") || containsText(section, "core services") || containsText(caption, "activity")
        || cols.first.map { $0.hasPrefix("activity") } ?? false
    let periodCols = t.header.dropFirst().filter { !periodIn($0).isEmpty || !measureIn($0).isEmpty }.count
    // figures not yet known (`To be provided`, `To be set`) count as values here
    let statusCells = valueCells.filter { isStatusToken($0) }.count
    let mostlyValues = !valueCells.isEmpty && (numeric + statusCells) * 2 >= valueCells.count && numeric > 0
    if mostlyValues, periodCols >= 1 || activitySection, activitySection || measureCols >= 1 { return .activity }
    // `⇥ 2007/08 Budget £k ⇥ 2007/08 Fcst £k ⇥ 2008/09 Budget £k`: figures by year under measure headings
    let measuredPeriods = cols.count >= 3 && t.header.dropFirst().allSatisfy { !periodIn($0).isEmpty && !measureIn($0).isEmpty }
    if mostlyValues, measuredPeriods, !containsText(h, "population") { return .activity }
    return .other
}

/// Budget rows without their header: some rows with at least five amounts, and most rows a
/// label with amounts (memorandum rows carry one).
func looksLikeBudgetRows(_ t: ExtractedTable) -> Bool {
    let full = t.rows.filter { r in r.cells.filter { budgetNumber($0) != nil }.count >= 5 }.count
    let withAmounts = t.rows.filter { r in r.cells.contains { budgetNumber($0) != nil } }.count
    return full >= 1 && withAmounts * 2 >= t.rows.count
}

/// `t` read with the header of `model` (the table it continues), padded to the wider of the two.
func withHeader(of model: ExtractedTable, _ t: ExtractedTable) -> ExtractedTable {
    var t = t
    let width = max(model.header.count, t.rows.map(\.cells.count).max() ?? 0)
    t.header = model.header + Array(repeating: "", count: max(0, width - model.header.count))
    t.headerRows = model.headerRows
    for i in t.rows.indices where t.rows[i].cells.count < width {
        t.rows[i].cells += Array(repeating: "", count: width - t.rows[i].cells.count)
    }
    t.headerLost = false
    return t
}

/// Header cells that are pieces of the header above, cut at a page break (`te Target` under
/// `Link to Corporate/Director ate Target`).
func isHeaderFragment(_ header: [String], of above: [String]) -> Bool {
    let squash = { (s: String) in normalizedKey(s).replacing(" ", with: "") }
    let filled = header.indices.filter { !header[$0].isEmpty }
    return !filled.isEmpty && filled.allSatisfy { c in c < above.count && !above[c].isEmpty && squash(above[c]).contains(squash(header[c])) }
}

/// A "header" that is really the continuation of the table above: a fragment of its header, or
/// a data row (starting in lower case, or holding long text).
func headerContinuesTable(_ header: [String], above: [String]) -> Bool {
    if isHeaderFragment(header, of: above) { return true }
    guard let first = header.first(where: { !$0.isEmpty }) else { return false }
    if first.first?.isLowercase == true || first.first == "/" { return true }
    return header.contains { $0.count > 40 } && !header.contains { c in ["indicator", "plan", "name", "project"].contains { normalizedKey(c).hasPrefix($0) } }
}

/// The last row of a budget table is its `Total Cost of Unit`.
func endsWithGrandTotal(_ t: ExtractedTable) -> Bool { t.rows.last.map { isGrandTotalRow($0.cells) } ?? false }

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
    if containsText(k, "national average") { return "national average" }
    if containsText(k, "comparator") { return "comparator average" }
    if containsText(k, "outturn") { return "outturn" }
    if containsText(k, "estimat") { return "estimate" }
    if containsText(k, "target") { return "target" }
    if containsText(k, "forecast") { return "forecast" }
    if containsText(k, "actual") || containsText(k, "existing performance") { return "actual" }
    return nil
}

/// The first financial year written in a heading (`Target 2008 – 2009 %` → 2008/09).
func fiscalYearIn(_ text: String) -> FiscalYear? {
    let chars = Array(text)
    // candidates are slices of `text` (no copy per candidate)
    var bounds = Array(text.indices)
    bounds.append(text.endIndex)
    var i = 0
    while i < chars.count {
        if chars[i].isNumber, i == 0 || !chars[i - 1].isNumber {
            // try the longest candidate starting here: up to 13 characters
            var best: FiscalYear?
            var j = min(chars.count, i + 13)
            while j > i + 3 {
                if let fy = parseFiscalYear(text[bounds[i]..<bounds[j]]) {
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
    ["unit": t.unit, "directorate": t.directorate, "section": t.section]
}
