/// Risks and environment / climate-change / equality actions.

/// Which column of an action table holds what, found from its headings.
struct ActionColumns {
    var kind: String
    var objective: Int?
    var action: Int?
    var evidence: Int?
    var impact: Int?
    var lead: Int?
    var due: Int?

    /// Reads the headings of an action table; nil when they are not one.
    init?(_ header: [String], section: String) {
        let cols = header.map { normalizedKey($0) }
        let h = cols.joined(separator: " | ")
        func find(_ pred: (String) -> Bool) -> Int? { cols.firstIndex(where: pred) }
        if h.contains("environmental objective") {
            kind = "environment objective"
        } else if h.contains("adaptive action") || h.contains("climate change impact") || h.contains("evidence of compliance") {
            kind = "climate adaptation"
        } else if h.contains("equalit") || normalizedKey(section).contains("equalit") || cols.first.map({ $0.hasPrefix("priority") }) ?? false {
            kind = "equality action"
        } else {
            return nil
        }
        evidence = find { $0.contains("evidence") || $0.contains("identified need") }
        impact = find { $0.contains("impact") && !$0.contains("assessment") }
        lead = find { $0.contains("lead") && !$0.contains("include lead") || $0.contains("responsible") }
        due = find { $0.contains("date") && !$0.contains("include lead") || $0.contains("frequency") || $0.contains("timescale") }
        action = find { ($0.contains("adaptive action") || $0.contains("deliverable") || $0.contains("actions") || $0.hasPrefix("action")
                         || $0.contains("objectives/targets") || $0 == "practice" || $0.contains("activity planned") || $0.contains("key actions"))
                         && $0 != cols.first }
        objective = find { $0.contains("objective") && !$0.contains("objectives/targets") || $0.contains("priority") || $0.contains("project")
                           || $0.hasPrefix("equality strategy") }
        if action == nil, let o = objective, o + 1 < cols.count, o + 1 != lead, o + 1 != due { action = o + 1 }
        if action == nil, objective == nil { action = 0 }
        guard action != nil || objective != nil else { return nil }
    }
}

extension PlanDatasetBuilder {
    mutating func addActions(_ t: ExtractedTable, source: String) {
        guard var columns = ActionColumns(t.header, section: t.section) else { return }
        var objective = ""
        var pending: [String: String]?
        func flush() {
            if var p = pending {
                p["due"] = dateTokens(p["due_text"] ?? "").map { $0.1 }.max()?.description ?? ""
                actions.append(p)
                pending = nil
            }
        }
        for row in t.rows {
            let c = row.cells
            func cell(_ i: Int?) -> String { i.map { $0 < c.count ? c[$0] : "" } ?? "" }
            // a header printed again inside the table, possibly of the other environment table
            // (`Project/ development/ key action ⇥ Evidence of compliance …` under the objectives)
            if !c.contains(where: { canonicalNumber($0) != nil }), c.filter({ !$0.isEmpty }).count >= 2,
               let next = ActionColumns(c, section: t.section), isActionHeading(c) {
                flush()
                columns = next
                objective = ""
                continue
            }
            let obj = cell(columns.objective), act = cell(columns.action), lead = cell(columns.lead), due = cell(columns.due)
            let evidence = cell(columns.evidence), impact = cell(columns.impact)
            if obj.isEmpty && act.isEmpty && lead.isEmpty && due.isEmpty && evidence.isEmpty && impact.isEmpty { continue }
            // the rest of the row above, continued after a page break (only some cells filled,
            // starting in lower case or with a bullet)
            if var p = pending, obj.isEmpty, lead.isEmpty,
               [act, evidence, impact].contains(where: { $0.first.map { $0.isLowercase || $0 == "•" } ?? false }) {
                for (name, v) in [("action", act), ("evidence", evidence), ("impact", impact), ("due_text", due)] where !v.isEmpty {
                    p[name] = (p[name] ?? "").isEmpty ? v : p[name]! + " " + v
                }
                p["line_end"] = String(row.lines.upperBound)
                pending = p
                continue
            }
            flush()
            if !obj.isEmpty { objective = obj }
            var r = attribution(t)
            r["kind"] = columns.kind
            r["objective"] = obj.isEmpty ? objective : obj
            r["action"] = act
            r["evidence"] = evidence
            r["impact"] = impact
            r["lead"] = lead
            r["due_text"] = due
            r["source"] = source
            r["line"] = String(row.lines.lowerBound)
            r["line_end"] = String(row.lines.upperBound)
            pending = r
        }
        flush()
    }

    mutating func addRisks(_ t: ExtractedTable, source: String) {
        let cols = t.header.map { normalizedKey($0) }
        func find(_ pred: (String) -> Bool) -> Int? { cols.firstIndex(where: pred) }
        let riskCol = find { $0.hasPrefix("risk") || $0 == "event" || $0.contains("key risk") } ?? 0
        let actionCols = cols.indices.filter { $0 != riskCol && (cols[$0].contains("action") || cols[$0].contains("control") || cols[$0].contains("mitigat")) }
        let leadCol = find { $0.contains("lead") || $0.contains("manager") || $0.contains("manger") || $0.contains("owner") }
        let outcomeCol = find { $0.contains("outcome") }
        let ratingCol = find { $0.contains("rating") || $0.contains("score") }
        var pending: [String: String]?
        func flush() { if let p = pending { risks.append(p); pending = nil } }
        for row in t.rows {
            let c = row.cells
            let riskText = c[riskCol]
            let actions = actionCols.map { c[$0] }.filter { !$0.isEmpty }.joined(separator: " ")
            let lead = leadCol.map { c[$0] } ?? ""
            if riskText.isEmpty && actions.isEmpty && lead.isEmpty { continue }
            // continued after a page break: no risk of its own
            if riskText.isEmpty, var p = pending {
                if !actions.isEmpty { p["actions"] = (p["actions"] ?? "").isEmpty ? actions : p["actions"]! + " " + actions }
                if !lead.isEmpty { p["lead"] = (p["lead"] ?? "").isEmpty ? lead : p["lead"]! + " " + lead }
                p["line_end"] = String(row.lines.upperBound)
                pending = p
                continue
            }
            flush()
            // `Staffing: • Failure to recruit …`: the words before the colon name the category
            var category = "", risk = riskText
            if let colon = riskText.firstIndex(of: ":"), riskText.distance(from: riskText.startIndex, to: colon) <= 60 {
                category = collapseSpaces(String(riskText[..<colon]))
                risk = collapseSpaces(String(riskText[riskText.index(after: colon)...]))
            }
            var r = attribution(t)
            r["category"] = category
            r["risk"] = risk
            r["outcome"] = outcomeCol.map { c[$0] } ?? ""
            r["actions"] = actions
            r["lead"] = lead
            r["rating"] = ratingCol.map { c[$0] } ?? ""
            r["source"] = source
            r["line"] = String(row.lines.lowerBound)
            r["line_end"] = String(row.lines.upperBound)
            pending = r
        }
        flush()
    }
}

/// A row that is itself an action-table heading (every filled cell names a column).
func isActionHeading(_ cells: [String]) -> Bool {
    let words = ["objective", "lead officer", "deliverables", "target date", "evidence of compliance", "climate change",
                 "adaptive action", "project", "priority outcome", "actions", "date"]
    let filled = cells.filter { !$0.isEmpty }.map { normalizedKey($0) }
    return filled.count >= 2 && filled.filter { f in words.contains { f.contains($0) } }.count * 2 >= filled.count
        && filled.allSatisfy { $0.count <= 120 }
}
