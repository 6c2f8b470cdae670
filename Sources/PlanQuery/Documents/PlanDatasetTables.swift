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
        // benchmark columns (`National Average (2007)`, `Comparator Group Average`, `Average
        // result for Counties`, `Rating (Quartile)`) are comparisons, written to comparators
        var benchmarkCols: [(col: Int, authority: String, measure: String)] = []
        for c in 1..<cols.count {
            if let a = authorityNamed(in: cols[c]) {
                benchmarkCols.append((c, a.name, measureIn(a.rest)))
            } else if normalizedKey(cols[c]).contains("quartile") {
                benchmarkCols.append((c, "", "quartile"))   // the plan's own council's quartile
            } else if let m = measureOf(cols[c]) {
                valueCols.append((c, m, fiscalYearIn(cols[c])?.description ?? ""))
            } else if let fy = parseFiscalYear(Substring(normalizedKey(cols[c]))) {
                valueCols.append((c, "", fy.description))   // a bare year heading names no measure
            }
        }
        let breakdownCol: Int? = cols.count > 2 && cols[1].isEmpty && measureOf(cols[1]) == nil ? 1 : nil
        // `Overall absence ⇥ 2004/5 ⇥ 2005/6`: the first heading is the indicator, rows break it down
        let head0 = normalizedKey(cols[0])
        let headerNamesIndicator = !head0.isEmpty && !head0.contains("indicator") && !head0.contains("performance")
            && !head0.contains("measure") && valueCols.allSatisfy { $0.measure.isEmpty }
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
            var rowBreakdown = breakdown
            if headerNamesIndicator, !first.isEmpty {
                indicator = cols[0]
                rowBreakdown = first
            }
            if indicator.isEmpty { indicator = lastIndicator }
            if indicator.isEmpty { continue }
            lastIndicator = indicator
            var base = attribution(t)
            base["group"] = group
            base["code"] = indicatorCode(indicator)
            base["indicator"] = indicator
            base["breakdown"] = rowBreakdown
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
                let v = measuredValue(text)
                r["value"] = v.value
                r["value_unit"] = v.unit
                r["value_format"] = v.format
                r["rating"] = v.rating
                kpis.append(r)
                emitted = true
            }
            for bc in benchmarkCols {
                let text = cells[bc.col]
                if text.isEmpty { continue }
                var r = base
                r["table"] = t.caption
                r["authority"] = bc.authority
                r["measure"] = bc.measure
                let p = periodIn(cols[bc.col])
                r["period"] = p
                r["value_text"] = text
                r["column"] = cols[bc.col]
                let v = measuredValue(text)
                r["value"] = v.value
                r["value_format"] = v.format
                comparators.append(r)
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
            // further deliverables (or links) of the project above (title and manager left empty)
            if project.isEmpty, ref.isEmpty, cell(managerCol).isEmpty, var p = pending,
               !cell(deliverCol).isEmpty || !cell(dateCol).isEmpty || !cell(linksCol).isEmpty {
                for (col, name) in [(linksCol, "links"), (deliverCol, "deliverables"), (dateCol, "due_text")] {
                    let v = cell(col)
                    if !v.isEmpty { p[name] = (p[name] ?? "").isEmpty ? v : p[name]! + " " + v }
                }
                p["due"] = dateTokens(p["due_text"] ?? "").map { $0.1 }.max()?.description ?? ""
                p["line_end"] = String(row.lines.upperBound)
                pending = p
                continue
            }
            // a project split in two by a page break: the second half's title goes on in lower
            // case (`transport that meets their needs, …`), its manager cell empty or the end of
            // a name (`Brown`); every cell continues the one above
            if var p = pending, ref.isEmpty, let f = project.first, f.isLowercase,
               cell(managerCol).split(separator: " ").count <= 1 {
                for (col, name) in [(projectCol as Int?, "project"), (managerCol, "manager"), (linksCol, "links"),
                                    (deliverCol, "deliverables"), (dateCol, "due_text")] {
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
                r["band_key"] = gradeBandKey(label)
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
                r["section"] = t.section
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

/// One key for the grade bands the templates spell differently: `Pt13 and above`, `Pt 13 and
/// above`, `KS13 and above`, `Grade KR 13 (or equivalent) and above`, `J AND ABOVE` →
/// `13 and above`; `Pt12 and below`, `I AND BELOW` → `12 and below`; `TOTAL`, `East Kent
/// total` → `total`; the externally funded FTE → `externally funded`; KASS's `Total includes
/// following number of KS 13 and above` → `13 and above (of total)`. Team rows have no key.
func gradeBandKey(_ label: String) -> String {
    let k = normalizedKey(label).replacing(" ", with: "")
    if k.contains("externallyfunded") { return "externally funded" }
    if k.hasPrefix("totalincludes") { return "13 and above (of total)" }
    let grade = k.hasPrefix("grade") ? String(k.dropFirst(5)) : k
    if grade.hasPrefix("pt13") || grade.hasPrefix("ks13") || grade.hasPrefix("kr13") || grade.hasPrefix("jandabove")
        || grade.hasPrefix("j(ks13)") || grade.hasPrefix("kr13") || (grade.hasPrefix("kr") && grade.contains("13")) {
        return "13 and above"
    }
    if grade.hasPrefix("pt12") || grade.hasPrefix("ks12") || grade.hasPrefix("kr12") || grade.hasPrefix("iandbelow")
        || grade.hasPrefix("i(ks12)") {
        return "12 and below"
    }
    if k == "total" || k.hasPrefix("totalfixed") || k.hasPrefix("totalfor") || k.hasSuffix("total") { return "total" }
    return ""
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
    // a bare code before the name: `A1 Percentage of children …`, `C19 The average …`
    let head = s.prefix { $0 != " " }
    if head.count >= 2, head.count <= 4, let f = head.first, f.isUppercase, f.isLetter, head.dropFirst().allSatisfy({ $0.isNumber }),
       s.count > head.count + 10 {
        return String(head)
    }
    return ""
}
