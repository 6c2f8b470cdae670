/// Row mappers for each dataset table (KPIs, projects, staffing, targets, consultations,
/// budget monitoring). Budgets live in PlanDatasetBudgets.swift.

extension PlanDatasetBuilder {

    // MARK: kpis

    mutating func addKPIs(_ t: ExtractedTable, source: String) {
        var cols = t.header
        // a header repeated without its empty breakdown column: rows carry one cell more
        // ("% of children … ⇥ VI* ⇥ 57 ⇥ 77 ⇥ 52" under "Indicator ⇥ Actual ⇥ Estimated ⇥ Target")
        if cols.count >= 3, cols.last!.isEmpty, measureOf(cols[1]) != nil {
            let codes = t.rows.map { $0.cells[1] }.filter { !$0.isEmpty }
            let short = codes.filter { $0.count <= 8 && canonicalNumber($0) == nil && !isStatusToken($0) }
            if !codes.isEmpty, short.count * 10 >= codes.count * 7 {
                cols = [cols[0], ""] + cols[1..<(cols.count - 1)]
            }
        }
        var valueCols: [(col: Int, measure: String, period: String)] = []
        for c in 1..<cols.count {
            if let m = measureOf(cols[c]) { valueCols.append((c, m, fiscalYearIn(cols[c])?.description ?? "")) }
        }
        let breakdownCol: Int? = cols.count > 2 && cols[1].isEmpty && measureOf(cols[1]) == nil ? 1 : nil
        var group = ""
        var lastIndicator = ""
        for row in t.rows {
            let cells = row.cells
            let first = cells[0]
            let hasValues = valueCols.contains { !cells[$0.col].isEmpty }
            let breakdown = breakdownCol.map { cells[$0] } ?? ""
            if !hasValues && breakdown.isEmpty {
                let filled = cells.filter { !$0.isEmpty }.count
                if filled == 1 && !first.isEmpty && !looksLikeIndicator(first) {
                    group = first
                    continue
                }
            }
            var indicator = first
            if indicator.isEmpty { indicator = lastIndicator }
            if indicator.isEmpty { continue }
            lastIndicator = indicator
            var base = attribution(t)
            base["group"] = group
            base["code"] = indicatorCode(indicator)
            base["indicator"] = indicator
            base["breakdown"] = breakdown
            base["source"] = source
            base["line"] = String(row.lines.lowerBound)
            var emitted = false
            for vc in valueCols {
                let text = cells[vc.col]
                if text.isEmpty { continue }
                var r = base
                r["period"] = vc.period
                r["measure"] = vc.measure
                r["value_text"] = text
                r["column"] = cols[vc.col]
                if let n = canonicalNumber(text) {
                    r["value"] = n.value
                    r["value_format"] = n.format.rawValue
                }
                kpis.append(r)
                emitted = true
            }
            if !emitted { kpis.append(base) }
        }
    }

    func looksLikeIndicator(_ s: String) -> Bool {
        let k = s.lowercased()
        return !indicatorCode(s).isEmpty || k.contains("%") || k.hasPrefix("number") || k.hasPrefix("percentage") || s.count > 60
    }

    // MARK: projects

    mutating func addProjects(_ t: ExtractedTable, source: String) {
        let cols = t.header.map { normalizedKey($0) }
        func find(_ pred: (String) -> Bool) -> Int? { cols.firstIndex(where: pred) }
        guard var projectCol = find({ $0.contains("project") || $0.contains("key action") }) else { return }
        var refCol: Int? = projectCol > 0 && cols[projectCol - 1].isEmpty ? projectCol - 1 : nil
        // a heading one cell to the left of its column: short reference numbers under "Project…"
        if refCol == nil, projectCol + 1 < cols.count, cols[projectCol + 1].isEmpty {
            let values = t.rows.map { $0.cells[projectCol] }.filter { !$0.isEmpty }
            if !values.isEmpty, values.filter({ $0.count <= 8 }).count * 10 >= values.count * 6 {
                refCol = projectCol
                projectCol += 1
            }
        }
        let managerCol = find { $0.contains("manager") || $0.hasPrefix("a/c") }
        let linksCol = find { $0.contains("link") }
        let deliverCol = find { ($0.contains("deliverable") || $0.contains("outcome")) && !$0.contains("project") }
        let dateCol = find { $0.contains("date") }
        var theme = ""
        var pending: [String: String]?
        func flush() { if let p = pending { projects.append(p); pending = nil } }
        for row in t.rows {
            let c = row.cells
            func cell(_ i: Int?) -> String { i.map { c[$0] } ?? "" }
            var project = c[projectCol]
            var ref = cell(refCol)
            let key = normalizedKey(project)
            if (key.contains("project") && key.contains("key action")) || normalizedKey(cell(dateCol)).hasPrefix("target date") { continue }
            let others = [cell(managerCol), cell(linksCol), cell(deliverCol), cell(dateCol)]
            // further deliverables of the project above (title, manager and links left empty)
            if project.isEmpty, ref.isEmpty, cell(managerCol).isEmpty, cell(linksCol).isEmpty, var p = pending,
               !cell(deliverCol).isEmpty || !cell(dateCol).isEmpty {
                for (col, name) in [(deliverCol, "deliverables"), (dateCol, "due_text")] {
                    let v = cell(col)
                    if !v.isEmpty { p[name] = (p[name] ?? "").isEmpty ? v : p[name]! + " " + v }
                }
                p["due"] = dateTokens(p["due_text"] ?? "").map { $0.1 }.max()?.description ?? ""
                p["line_end"] = String(row.lines.upperBound)
                pending = p
                continue
            }
            if others.allSatisfy({ $0.isEmpty }) {
                // the rest of a title wrapped after a page break ("through the disposal of …")
                if ref.isEmpty, let f = project.first, f.isLowercase, var p = pending {
                    p["project"] = (p["project"] ?? "") + " " + project
                    p["line_end"] = String(row.lines.upperBound)
                    pending = p
                    continue
                }
                flush()
                // theme / group row ("Theme: Managing Kent's Waste", "1.3 Increase partnership…")
                let label = [ref, project].filter { !$0.isEmpty }.joined(separator: " ")
                if !label.isEmpty { theme = label }
                continue
            }
            if project.isEmpty && ref.isEmpty, let d = deliverCol, !c[d].isEmpty {
                // deliverables without a title: keep the row, titled by its deliverables
                project = ""
            }
            if refCol == nil, let (r, rest) = splitProjectRef(project) { ref = r; project = rest }
            let dueText = cell(dateCol)
            var r = attribution(t)
            r["theme"] = theme
            r["ref"] = ref
            r["project"] = project
            r["manager"] = cell(managerCol)
            r["links"] = cell(linksCol)
            r["deliverables"] = cell(deliverCol)
            r["due_text"] = dueText
            r["due"] = dateTokens(dueText).map { $0.1 }.max()?.description ?? ""
            r["source"] = source
            r["line"] = String(row.lines.lowerBound)
            r["line_end"] = String(row.lines.upperBound)
            flush()
            pending = r
        }
        flush()
    }

    /// `1.1.9 Narrow the gap…` → ("1.1.9", "Narrow the gap…"); `7 Extension of …` stays whole
    /// unless the number has a dot.
    func splitProjectRef(_ s: String) -> (String, String)? {
        guard let space = s.firstIndex(of: " ") else { return nil }
        let head = s[..<space]
        guard head.count <= 8, head.contains("."), head.first?.isNumber == true,
              head.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        var h = String(head)
        if h.hasSuffix(".") { h.removeLast() }
        return (h, String(s[s.index(after: space)...]))
    }

    // MARK: staffing

    mutating func addStaffing(_ t: ExtractedTable, source: String, note: String = "") {
        let cols = t.header
        var yearCols: [(Int, String)] = []
        for c in 1..<cols.count {
            if let fy = parseFiscalYear(Substring(normalizedKey(cols[c]))) ?? fiscalYearIn(cols[c]) { yearCols.append((c, fy.description)) }
        }
        let headKey = normalizedKey(cols[0])
        var team = ""
        let captionKey = normalizedKey(t.caption)
        if !headKey.isEmpty, !headKey.contains("fte"), !headKey.contains("staff") { team = cols[0] }
        else if !t.caption.isEmpty, !captionKey.contains("staffing"), t.caption.count <= 60 { team = t.caption }
        let baseTeam = team
        for row in t.rows {
            let label = row.cells[0]
            let values = yearCols.map { row.cells[$0.0] }
            // a team heading row: no values, or the year headings repeated ("Out of Hours ⇥ 2007/08 ⇥ 2008/09")
            if values.allSatisfy({ $0.isEmpty || parseFiscalYear(Substring($0)) != nil }) {
                if !label.isEmpty { team = label } else { team = baseTeam }
                continue
            }
            for (i, yc) in yearCols.enumerated() {
                let text = values[i]
                if text.isEmpty { continue }
                var r = attribution(t)
                r["team"] = team
                r["band"] = label
                r["year"] = yc.1
                r["fte"] = canonicalNumber(text)?.value ?? ""
                r["value_text"] = text
                r["note"] = note
                r["source"] = source
                r["line"] = String(row.lines.lowerBound)
                staffing.append(r)
            }
        }
    }

    // MARK: targets

    mutating func addTargets(_ t: ExtractedTable, source: String) {
        let cols = t.header.map { normalizedKey($0) }
        guard let planCol = cols.firstIndex(of: "plan"),
              let leadCol = cols.firstIndex(where: { $0.contains("lead officer") }) else { return }
        let targetCol = cols.firstIndex(where: { $0.contains("target") }) ?? min(planCol + 1, cols.count - 1)
        var group = ""
        var rows = t.rows
        // "The Kent" / "Agreement 2" wrapped over two rows
        var i = 0
        while i + 1 < rows.count {
            let a = rows[i].cells[planCol], b = rows[i + 1].cells[planCol]
            if !a.isEmpty, !b.isEmpty, !isKnownFramework(a), !isKnownFramework(b), isKnownFramework(a + " " + b) {
                for c in rows[i].cells.indices where !rows[i + 1].cells[c].isEmpty {
                    rows[i].cells[c] = rows[i].cells[c].isEmpty ? rows[i + 1].cells[c] : rows[i].cells[c] + " " + rows[i + 1].cells[c]
                }
                rows[i].sourceLines += rows[i + 1].sourceLines
                rows[i].lines = rows[i].lines.lowerBound...rows[i + 1].lines.upperBound
                rows.remove(at: i + 1)
            }
            i += 1
        }
        for row in rows {
            let c = row.cells
            let plan = c[planCol], target = c[targetCol], lead = c[leadCol]
            if target.isEmpty && lead.isEmpty {
                if !plan.isEmpty { group = plan }
                continue
            }
            var r = attribution(t)
            r["group"] = group
            r["framework"] = frameworkName(plan)
            r["plan_text"] = plan
            r["ref"] = targetRef(target)
            r["target"] = target
            r["lead"] = lead
            r["source"] = source
            r["line"] = String(row.lines.lowerBound)
            r["line_end"] = String(row.lines.upperBound)
            targets.append(r)
        }
    }

    // MARK: consultations

    mutating func addConsultations(_ t: ExtractedTable, source: String) {
        let cols = t.header.map { normalizedKey($0) }
        func find(_ pred: (String) -> Bool) -> Int? { cols.firstIndex(where: pred) }
        let nameCol = 0
        let startCol = find { $0.contains("start") }
        let endCol = find { $0.contains("end date") && !$0.contains("start") }
        let feedbackCol = find { $0.contains("feedback") }
        let groupCol = find { $0.contains("target group") || $0 == "target group" || $0.hasPrefix("target group") }
        let areaCol = find { $0.contains("target area") || $0.hasSuffix("area") || $0.contains(" area ") }
        // the Yes/No column, found by its contents (headers are sometimes misaligned)
        var statutoryCol = find { $0.contains("statutory") }
        var bestYesNo = 0
        for col in 1..<cols.count {
            let n = t.rows.filter { r in let k = normalizedKey(r.cells[col]); return k == "yes" || k == "no" || k.hasPrefix("no,") || k.hasPrefix("yes,") || k.hasPrefix("yes ") || k.hasPrefix("no ") }.count
            if n > bestYesNo { bestYesNo = n; statutoryCol = col }
        }
        let kindCol = find { $0.contains("consultation type") || $0.hasPrefix("consultation") || $0.contains("type") }
        let contactCol = find { $0.contains("contact") }
        for row in t.rows {
            let c = row.cells
            func cell(_ i: Int?) -> String { i.map { c[$0] } ?? "" }
            let name = c[nameCol]
            let filled = c.filter { !$0.isEmpty }.count
            if name.isEmpty || filled < 2 { continue }
            let startText = cell(startCol), endText = cell(endCol)
            var datesText = startText
            if endCol != nil, !endText.isEmpty { datesText += datesText.isEmpty ? endText : " / " + endText }
            let startTokens = dateTokens(startText)
            var start = startTokens.first?.0
            var end: CalendarDate?
            if endCol != nil { end = dateTokens(endText).last?.1 }
            if end == nil, startTokens.count >= 2 { end = startTokens.last?.1 }
            if startTokens.count == 1, endCol == nil { end = nil }
            if start == nil, endCol == nil { start = nil }
            var r = attribution(t)
            r["name"] = name
            r["dates_text"] = datesText
            r["start"] = start?.description ?? ""
            r["end"] = end?.description ?? ""
            r["feedback"] = cell(feedbackCol)
            r["target_group"] = cell(groupCol)
            r["area"] = cell(areaCol)
            r["statutory"] = cell(statutoryCol)
            r["kind"] = kindCol == statutoryCol ? "" : cell(kindCol)
            r["contact"] = cell(contactCol)
            r["source"] = source
            r["line"] = String(row.lines.lowerBound)
            r["line_end"] = String(row.lines.upperBound)
            consultations.append(r)
        }
    }

    // MARK: monitoring

    mutating func addMonitoring(_ t: ExtractedTable, source: String) {
        let caption = t.caption
        let capKey = normalizedKey(caption)
        let byFunding = capKey.contains("funding source") || normalizedKey(t.header.joined(separator: " ")).contains("capital variance")
        let kind = byFunding ? "capital funding" : capKey.contains("capital") ? "capital" : "revenue"
        for row in t.rows {
            let label = row.cells[0]
            if label.isEmpty { continue }
            for c in 1..<t.header.count {
                let text = row.cells[c]
                if text.isEmpty { continue }
                var measure = normalizedKey(t.header[c].replacing("£m", with: ""))
                if measure.isEmpty { measure = "value" }
                var value = ""
                if isStatusToken(text), text.trimmingDashes.isEmpty { value = "0" }  // "-" is nil (zero) in monitoring
                else if let n = canonicalNumber(text) { value = n.value }
                var r: [String: String] = [:]
                r["portfolio"] = label
                r["kind"] = kind
                r["measure"] = measure
                r["value"] = value
                r["value_text"] = text
                r["table"] = caption
                r["source"] = source
                r["line"] = String(row.lines.lowerBound)
                monitoring.append(r)
            }
        }
    }
}

extension String {
    var trimmingDashes: String { String(self.drop { $0 == "-" || $0 == "–" || $0 == " " }) }
}

/// `NI 125`, `BVPI 44`, `PAF C72` from the start of an indicator name, or empty.
func indicatorCode(_ indicator: String) -> String {
    var s = Substring(indicator)
    while let f = s.first, f == "*" || f == " " || f == "(" { s = s.dropFirst() }
    let upper = s.prefix(12).uppercased()
    func digitsAndSuffix(_ rest: Substring) -> String? {
        var r = rest
        while r.first == " " { r = r.dropFirst() }
        let digits = r.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        let after = r.dropFirst(digits.count)
        var suffix = ""
        if let f = after.first, f.isLetter, after.dropFirst().first.map({ !$0.isLetter }) ?? true { suffix = String(f) }
        return String(digits) + suffix
    }
    if upper.hasPrefix("NI"), let d = digitsAndSuffix(s.dropFirst(2)), s.dropFirst(2).first.map({ $0 == " " || $0.isNumber }) ?? false {
        return "NI " + d
    }
    if upper.hasPrefix("BVPI"), let d = digitsAndSuffix(s.dropFirst(4)) { return "BVPI " + d }
    if upper.hasPrefix("BV"), let d = digitsAndSuffix(s.dropFirst(2)), s.dropFirst(2).first?.isNumber == true { return "BVPI " + d }
    if upper.hasPrefix("PAF ") {
        let rest = s.dropFirst(4)
        if let letter = rest.first, letter.isLetter, let d = digitsAndSuffix(rest.dropFirst()) { return "PAF " + String(letter).uppercased() + d }
    }
    return ""
}

func isKnownFramework(_ plan: String) -> Bool {
    let f = frameworkName(plan)
    return f != plan || ["Towards 2010", "The Kent Agreement 2", "National Indicator", "CYPP", "Local Area Agreement",
                         "Directorate Priority", "Equalities Strategy", "Equality Standard for Local Government"].contains(f)
}

/// Canonical framework name of a "Plan" cell.
func frameworkName(_ plan: String) -> String {
    let k = normalizedKey(plan)
    if k.isEmpty { return "" }
    if k.contains("towards 2010") || k.hasPrefix("t2010") || k.hasPrefix("tt10") || k.contains("towards t2010") { return "Towards 2010" }
    if k.contains("kent agreement 2") || k == "ka2" || k.hasPrefix("the kent agreement") { return "The Kent Agreement 2" }
    if k.hasPrefix("kent agreement") { return "The Kent Agreement 2" }
    if k.hasPrefix("national indicator") { return "National Indicator" }
    if k.hasPrefix("cypp") { return "CYPP" }
    if k.hasPrefix("local area agreement") || k.hasPrefix("laa") { return "Local Area Agreement" }
    if k.hasPrefix("equality standard") { return "Equality Standard for Local Government" }
    if k.hasPrefix("equalities strategy") || k.hasPrefix("equality strategy") { return "Equalities Strategy" }
    if k.hasPrefix("directorate priority") { return "Directorate Priority" }
    return plan
}

/// `Target 52`, `NI 125`, `P12 T53`, `Priority 5` at the start of a target text, or empty.
func targetRef(_ target: String) -> String {
    let code = indicatorCode(target)
    if !code.isEmpty { return code }
    let words = target.split(separator: " ", maxSplits: 3).map(String.init)
    guard let w0 = words.first else { return "" }
    let lw = w0.lowercased()
    if (lw == "target" || lw == "priority" || lw == "outcome"), words.count > 1 {
        let num = words[1].prefix { $0.isNumber }
        if !num.isEmpty { return w0.prefix(1).uppercased() + lw.dropFirst() + " " + num }
    }
    if w0.count >= 2, w0.first == "P", w0.dropFirst().allSatisfy({ $0.isNumber }), words.count > 1,
       words[1].first == "T", words[1].dropFirst().allSatisfy({ $0.isNumber }) {
        return w0 + " " + words[1]
    }
    return ""
}
