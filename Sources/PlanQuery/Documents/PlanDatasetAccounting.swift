/// Why a table of a plan document is not in any dataset table. Every table the importer finds
/// is either read into a dataset table or listed in `tables` (and the import report) with one
/// of these reasons, so that nothing is left out without a word.

func exclusionReason(_ t: ExtractedTable) -> String {
    let cols = t.header.map { normalizedKey($0) }
    let h = cols.joined(separator: " | ")
    let section = normalizedKey(t.section), caption = normalizedKey(t.caption)
    let first = cols.first ?? ""
    let filledRows = t.rows.filter { $0.cells.filter { !$0.isEmpty }.count >= 2 }
    if t.rows.isEmpty { return "header only, no rows" }
    if caption.hasPrefix("contents") || first == "contents" || section == "contents" { return "table of contents" }
    if filledRows.isEmpty { return "no entries (rows hold one cell each, e.g. 'Nil currently planned.')" }
    if t.headerLost {
        return "header lost at a page break, and no table of the same unit above to continue (\(t.rows.count) rows)"
    }
    // `41A ⇥ KCC Residential`: the codes of the budget lines, printed after a KASS budget table
    let codeRows = t.rows.filter { r in
        let filled = r.cells.filter { !$0.isEmpty }
        return filled.count <= 2 && filled.first.map(isCostCentre) ?? false
    }.count
    if isCostCentre(t.header.first ?? ""), codeRows * 2 >= t.rows.count {
        return "cost-centre code list (the codes and names of the budget lines above; their amounts are in budgets)"
    }
    if cols.count <= 3, first == "ref" || first == "ref no." || first == "reference",
       cols[1].contains("indicator") || cols[1].contains("description") {
        return "list of indicator references without values"
    }
    if t.rows.contains(where: { normalizedKey($0.cells.first ?? "").hasPrefix("band ") }) {
        return "performance banding distribution (number of indicators in each CSCI band)"
    }
    if first.hasPrefix("budgeted fte") || caption == "recon" || section.hasPrefix("diff") {
        return "spreadsheet reconciliation block under a budget table"
    }
    if h.contains("progress") || caption.contains("performance review") || h.contains("planned outcome") {
        return "review of 2007/08 progress (free-text status, not a dataset table)"
    }
    if h.contains("what will be reported") || h.contains("what is reported") || (h.contains("frequency") && h.contains("whom")) {
        return "monitoring and reporting arrangements"
    }
    if first.contains("core objective") || first.contains("core service") || h.contains("core tasks") {
        return "core objectives and tasks (prose in cells)"
    }
    if h.contains("be healthy") || h.contains("stay safe") || caption.contains("leo ") || caption.contains("cluster") {
        return "cluster priorities by Every Child Matters outcome (prose in cells)"
    }
    if first.contains("age band") || h.contains("gender") || h.contains("average age") {
        return "staff profile (headcount by age or gender)"
    }
    if first == "district" || h.contains("population") || h.contains("deprivation") {
        return "context statistics (population, deprivation) by district"
    }
    if section.contains("structure chart") || section.contains("people chart") {
        return "organisation chart fragments"
    }
    let shown = t.header.filter { !$0.isEmpty }.prefix(4).map { String($0.prefix(40)) }.joined(separator: " | ")
    return "layout not recognised as any dataset table (header: \(shown))"
}
