/// Unit revenue / capital budgets (£000s) with FTE (docs/data-dictionary.md).
///
/// Columns are mapped from the (merged) header; rows whose cells shifted because empty cells
/// were dropped in conversion are re-aligned with the arithmetic of the template:
/// gross = employee + running + contracts (+ transfer payments), controllable = gross + income.
/// Income is written negative throughout; tables printing income as positive numbers (the
/// Communities template) are detected from that arithmetic and flipped (noted per row).

enum BudgetRole: Equatable {
    case priorControllable, priorFTE, code, label, fte, employee, running, contracts, transfer, gross
    case externalIncome, internalIncome, controllable, cabinet, unknown

    var column: String {
        switch self {
        case .fte: return "fte"
        case .employee: return "employee"
        case .running: return "running"
        case .contracts: return "contracts"
        case .transfer: return "transfer"
        case .gross: return "gross"
        case .externalIncome: return "external_income"
        case .internalIncome: return "internal_income"
        case .controllable: return "controllable"
        default: return ""
        }
    }
}

private let currentRoles: [BudgetRole] = [.fte, .employee, .running, .contracts, .transfer, .gross, .externalIncome, .internalIncome, .controllable]

func budgetRoles(_ header: [String]) -> [BudgetRole] {
    // words are often broken by the converter ("Empl oyee", "CONTROL LABLE"): match without spaces
    let cols = header.map { normalizedKey($0).replacing(" ", with: "") }
    var roles = [BudgetRole](repeating: .unknown, count: cols.count)
    let labelIdx = cols.firstIndex { $0.contains("activity") || $0.contains("budgetline") || $0.contains("revenuebudget") || $0.contains("capitalbudget") } ?? -1
    for (c, h) in cols.enumerated() {
        if c == labelIdx { roles[c] = .label; continue }
        if h.contains("cabinet") { roles[c] = .cabinet; continue }
        if h.contains("costcentre") || h.contains("controlcentre") { roles[c] = .code; continue }
        if c < labelIdx || labelIdx < 0 {
            if h.contains("controllable") { roles[c] = .priorControllable } else if h.contains("fte") { roles[c] = .priorFTE }
            continue
        }
        if h.contains("employ") { roles[c] = .employee }
        else if h.contains("running") { roles[c] = .running }
        else if h.contains("contract") { roles[c] = .contracts }
        else if h.contains("transfer") { roles[c] = .transfer }
        else if h.contains("gross") { roles[c] = .gross }
        else if h.contains("external") { roles[c] = .externalIncome }
        else if h.contains("internal") { roles[c] = .internalIncome }
        else if h.contains("controllable") { roles[c] = .controllable }
        else if h.contains("fte") || h.contains("[no.]") { roles[c] = .fte }
    }
    return roles
}

/// A cost-centre code cell: `41A`, `TBC`, `50030/2 5/50/51`, `50040; 50060`.
func isCostCentre(_ s: String) -> Bool {
    if s == "TBC" || s == "TBA" { return true }
    if s.count == 3, s.prefix(2).allSatisfy({ $0.isNumber }), s.last!.isUppercase { return true }
    let digits = s.filter { $0.isNumber }.count
    return digits >= 4 && s.count <= 40 && !s.contains(where: { $0.isLowercase }) && canonicalNumber(s) == nil
}

func isCabinetInitials(_ s: String) -> Bool {
    let head = s.split(separator: " ").first.map(String.init) ?? ""
    return (2...3).contains(head.count) && head.allSatisfy({ $0.isUppercase && $0.isLetter }) && s.count <= 14
}

extension PlanDatasetBuilder {
    /// The `table` value of a printed budget table: its title line; the `Revenue Budget`
    /// heading above it when it has none; else `(untitled, line N)`. A title already used by
    /// another table of the same unit gets the table's first line added, so each printed table
    /// has its own value.
    mutating func budgetTitle(_ t: ExtractedTable, source: String) -> String {
        var title = t.caption
        if title.isEmpty || parseFiscalYear(Substring(title)) != nil {
            title = normalizedKey(t.section).contains("budget") ? t.section : ""
        }
        if title.isEmpty { return "(untitled, line \(t.firstLine))" }
        let key = source + "|" + t.unit
        if budgetTitlesUsed[key, default: []].contains(title) { title += " (line \(t.firstLine))" }
        budgetTitlesUsed[key, default: []].insert(title)
        return title
    }

    mutating func addBudget(_ t: ExtractedTable, source: String, title: String) {
        let roles = budgetRoles(t.header)
        guard let headerLabel = roles.firstIndex(of: .label) else { return }
        let hk = normalizedKey(t.header.joined(separator: " ") + " " + t.caption)
        let budgetType = hk.contains("capital budget") ? "capital" : "revenue"
        let afterHeader = t.header[(headerLabel + 1)...].joined(separator: " ")
        let year = fiscalYearIn(afterHeader)?.description ?? "2008/09"
        let priorYear = (fiscalYearIn(afterHeader).map { FiscalYear(startYear: $0.startYear - 1) } ?? FiscalYear(startYear: 2007)).description
        let numericRoles = roles.enumerated().filter { $0.offset > headerLabel && currentRoles.contains($0.element) }
        let seq = numericRoles.map { $0.element }
        let priorRoles = roles.enumerated().filter { $0.offset < headerLabel && ($0.element == .priorControllable || $0.element == .priorFTE) }.map { $0.element }

        struct Parsed {
            var row: ExtractedRow
            var label: String
            var code: String
            var cabinet: String
            var values: [BudgetRole: String]   // canonical numbers
            var prior: [BudgetRole: String]
            var aligned: Bool
            var note: String
        }
        var parsed: [Parsed] = []
        var fill: [BudgetRole: Int] = [:]
        var alignedCount = 0
        // one budget of search steps for the whole table (see `solveBudgetRow`)
        let search = BudgetSearch()
        // pass 1: positional mapping where the row fits the header
        for row in t.rows {
            var cells = row.cells
            var labelIdx: Int?
            var code = ""
            var codeIdx: Int?
            for (i, c) in cells.enumerated() where !c.isEmpty {
                if budgetNumber(c) != nil || (isStatusToken(c) && c.count <= 3) { continue }
                // a cost-centre code followed by the line's name (not by the Cabinet Member's initials)
                if codeIdx == nil, isCostCentre(c), i + 1 < cells.count, cells[(i + 1)...].contains(where: {
                    !$0.isEmpty && canonicalNumber($0) == nil && !isCostCentre($0) && !isCabinetInitials($0)
                }) {
                    code = c
                    codeIdx = i
                    continue
                }
                if isCabinetInitials(c), codeIdx != nil || i > 0, !cells[(i + 1)...].contains(where: { budgetNumber($0) != nil }) { break }
                labelIdx = i
                break
            }
            // a line printed with its code only (`41W`, its name lost in conversion)
            if labelIdx == nil, let ci = codeIdx { labelIdx = ci }
            if labelIdx == nil, let ci = cells.firstIndex(where: { isCostCentre($0) && budgetNumber($0) == nil }),
               cells[(ci + 1)...].contains(where: { budgetNumber($0) != nil }) {
                labelIdx = ci
                code = cells[ci]
            }
            var nameLost = false
            if labelIdx == nil, cells.contains(where: { budgetNumber($0) != nil }) {
                // a line whose name was lost in conversion: its amounts still count
                if headerLabel < cells.count, cells[headerLabel].isEmpty {
                    labelIdx = headerLabel
                    nameLost = true
                }
            }
            guard let li = labelIdx else { continue }
            // a dash in an amount column is a printed nil: zero, so that the columns stay in place
            var dashes = false
            for i in cells.indices where i != li && (cells[i] == "-" || cells[i] == "–")
                && cells.indices.contains(where: { $0 != i && budgetNumber(cells[$0]) != nil }) {
                cells[i] = "0"
                dashes = true
            }
            var label = cells[li]
            if code.isEmpty, label.count > 4, isCostCentre(String(label.prefix(3))), label.dropFirst(3).first == " " {
                code = String(label.prefix(3))
                label = String(label.dropFirst(4))
            }
            var cabinet = ""
            var lastIdx = cells.count - 1
            while lastIdx > li, cells[lastIdx].isEmpty { lastIdx -= 1 }
            if lastIdx > li, canonicalNumber(cells[lastIdx]) == nil, isCabinetInitials(cells[lastIdx]) || ["TBA", "TBC", "NA", "N/A"].contains(cells[lastIdx]) {
                cabinet = cells[lastIdx]
            } else {
                lastIdx = cells.count
            }
            // positional
            var values: [BudgetRole: String] = [:]
            var aligned = li == headerLabel || (li == headerLabel + 1 && roles.indices.contains(li) && roles[li] == .unknown)
            let nums = cells.enumerated().filter { $0.offset > li && $0.offset < lastIdx }.compactMap { budgetNumber($0.element) }
            if aligned {
                for (i, c) in cells.enumerated() where i > li && i < lastIdx && !c.isEmpty {
                    guard i < roles.count, currentRoles.contains(roles[i]) else {
                        if budgetNumber(c) != nil { aligned = false }
                        continue
                    }
                    if let n = budgetNumber(c) { values[roles[i]] = n }
                }
                if let cabRole = roles.firstIndex(of: .cabinet), !cabinet.isEmpty, lastIdx != cabRole { aligned = false }
                // the controllable expenditure is the last amount of a row
                if aligned, nums.count >= 3, roles.contains(.controllable), values[.controllable] != nums.last { aligned = false }
                // positions fit but the sums do not: accept another reading only if it adds up
                if aligned && !budgetArithmeticHolds(values),
                   let solved = solveBudgetRow(nums, roles: seq, fill: fill, aligned: max(alignedCount, 1), search: search), solved != values {
                    aligned = false
                }
            }
            var prior: [BudgetRole: String] = [:]
            if li == headerLabel {
                // prior-year cells under their own headings (`⇥ 88.4 ⇥ Key Training`: FTE only)
                for c in 0..<li where c < roles.count && (roles[c] == .priorControllable || roles[c] == .priorFTE) {
                    if let n = budgetNumber(cells[c]) { prior[roles[c]] = n }
                }
            } else {
                let before = cells[..<li].compactMap { budgetNumber($0) }
                for (k, v) in before.enumerated() where k < priorRoles.count {
                    prior[priorRoles[k]] = v
                }
            }
            if aligned {
                alignedCount += 1
                for r in values.keys { fill[r, default: 0] += 1 }
            }
            // prior-year figures printed on a row of their own under the line they belong to
            // (`565 ⇥ 11 ⇥ ⇥ …` below `Performance Team plus Divisional Director`)
            if nameLost, nums.isEmpty, !prior.isEmpty, let last = parsed.last, last.prior.isEmpty, !last.values.isEmpty {
                parsed[parsed.count - 1].prior = prior
                parsed[parsed.count - 1].note = joinedNote(last.note, "2007-08 figures printed on the next row")
                continue
            }
            var note = dashes ? "'-' read as 0" : ""
            if nameLost { note = joinedNote(note, "line name lost in conversion") }
            parsed.append(Parsed(row: row, label: label, code: code, cabinet: cabinet, values: values, prior: prior,
                                 aligned: aligned, note: note))
            if !aligned {
                // cells were dropped or duplicated in conversion: re-align by the template arithmetic
                if nums.count <= 2, !nums.isEmpty {
                    // one or two amounts: the controllable total (and the gross when two)
                    var v: [BudgetRole: String] = [.controllable: nums.last!]
                    if nums.count == 2 { v[.gross] = nums[0] }
                    parsed[parsed.count - 1].values = v
                    parsed[parsed.count - 1].note = joinedNote(parsed[parsed.count - 1].note, "re-aligned (few cells)")
                } else if let solved = solveBudgetRow(nums, roles: seq, fill: fill, aligned: max(alignedCount, 1), search: search) {
                    parsed[parsed.count - 1].values = solved
                } else if let (solved, dropped) = solveDroppingOne(nums, roles: seq, fill: fill, aligned: max(alignedCount, 1), search: search) {
                    parsed[parsed.count - 1].values = solved
                    parsed[parsed.count - 1].note = joinedNote(parsed[parsed.count - 1].note, "extra cell \(dropped) ignored (duplicated in source)")
                } else if !nums.isEmpty {
                    // a header can name one role twice (`Running Costs … Running`): the later cell wins, as above
                    parsed[parsed.count - 1].values = Dictionary(zip(seq.suffix(nums.count), nums), uniquingKeysWith: { _, later in later })
                    parsed[parsed.count - 1].note = joinedNote(parsed[parsed.count - 1].note, "columns uncertain (cells missing in source)")
                }
            }
        }
        // income sign convention of the table
        var positive = 0, negative = 0
        for p in parsed {
            guard let g = dec(p.values[.gross]), let c = dec(p.values[.controllable]) else { continue }
            let e = dec(p.values[.externalIncome]) ?? ExactDecimal(0), i = dec(p.values[.internalIncome]) ?? ExactDecimal(0)
            if e.units == 0 && i.units == 0 { continue }
            let plus = g.adding(e)?.adding(i), minus = g.subtracting(e)?.subtracting(i)
            if let plus, close(plus, c) { negative += 1 } else if let minus, close(minus, c) { positive += 1 }
        }
        let flip = positive > negative
        if flip { notes.append("budgets: \(t.unit) table at line \(t.firstLine) prints income as positive numbers; signs flipped") }
        // pass 2: what each row is. `total` is the table's total of its lines (`Controllable
        // Totals`, `TOTAL SERVICES FOR OLDER PEOPLE`, KHS `Controllable Sub-Totals`): the last
        // total row before the memorandum items whose amount is the sum of the lines above it
        // (or, failing the arithmetic, whose name says it is the table's total); other total
        // rows are `subtotal`. `total cost` (`Total Cost of Unit`, KHS `Revenue Budget Totals`)
        // = total + memorandum items; `adjustment`: a line printed after the total that the
        // total cost includes (Property Group `Income Target`).
        struct Classified { var p: Parsed; var kind: String; var group: String; var budget: String }
        var rows: [Classified] = []
        var group = ""
        var memo = false
        var section = budgetType
        var sectionStart = 0
        var afterTotalCost = false   // lines printed after `Total Cost of Unit` are in no total
        var totalLike: [Int] = []
        func amount(_ p: Parsed) -> ExactDecimal? { dec(p.values[.controllable]) ?? dec(p.prior[.priorControllable]) }
        func settleTotals() {
            // among the total rows of the section just ended, pick the table total
            guard !totalLike.isEmpty else { return }
            var chosen: Int?
            for i in totalLike.reversed() {
                if let a = amount(rows[i].p), let d = a.subtracting(sumOfLines(before: i)), abs(d.doubleValue) <= 0.05 * Double(max(lineCountBefore(i), 1)) + 0.15 {
                    chosen = i
                    break
                }
            }
            if chosen == nil, let named = totalLike.last(where: { isTableTotalName(normalizedKey(rows[$0].p.label)) }) { chosen = named }
            if chosen == nil, totalLike.count == 1 { chosen = totalLike[0] }
            for i in totalLike { rows[i].kind = i == chosen ? "total" : "subtotal" }
            if let c = chosen { markGroupTotalsAbove(total: c) }
            if let c = chosen {
                for i in (c + 1)..<rows.count where rows[i].kind == "line" { rows[i].kind = "adjustment" }
            }
            totalLike = []
        }
        // A group's total printed above its lines (Property Group `Kent Facilities Management
        // 3,078.0` over `SHQ Offices & Staff` … `Kroner`): when the lines overshoot the table
        // total by exactly such a row, it is a subtotal.
        func markGroupTotalsAbove(total c: Int) {
            guard let t = amount(rows[c].p), var excess = sumOfLines(before: c).subtracting(t), excess.units != 0 else { return }
            for i in sectionStart..<c where rows[i].kind == "line" {
                guard let a = amount(rows[i].p), a == excess else { continue }
                var following = ExactDecimal(0), n = 0
                for k in (i + 1)..<c where rows[k].kind == "line" {
                    following = following.adding(amount(rows[k].p) ?? ExactDecimal(0)) ?? following
                    n += 1
                    if n >= 2, following == a {
                        rows[i].kind = "subtotal"
                        rows[i].p.note = joinedNote(rows[i].p.note, "group total printed above its lines")
                        excess = ExactDecimal(0)
                        break
                    }
                }
                if excess.units == 0 { break }
            }
        }
        func sumOfLines(before i: Int) -> ExactDecimal {
            var s = ExactDecimal(0)
            for k in sectionStart..<i where rows[k].kind == "line" { s = s.adding(amount(rows[k].p) ?? ExactDecimal(0)) ?? s }
            return s
        }
        func lineCountBefore(_ i: Int) -> Int { (sectionStart..<i).filter { rows[$0].kind == "line" }.count }
        for p in parsed {
            let key = normalizedKey(p.label)
            // spreadsheet reconciliation rows (CED): not budget lines
            if key.contains("control total") || key == "recon" || key.hasPrefix("balance should") || key.hasPrefix("diff") { continue }
            let hasNumbers = !p.values.isEmpty || !p.prior.isEmpty
            if key.hasPrefix("memorand") {
                settleTotals()
                memo = true
                continue
            }
            if !hasNumbers {
                // KHS prints its capital budget under the revenue budget, with a header of its own
                if key == "capital budget" || key.hasPrefix("capital budget ") {
                    settleTotals()
                    section = "capital"
                    sectionStart = rows.count
                    afterTotalCost = false
                    memo = false
                    group = ""
                    continue
                }
                if !p.label.isEmpty, p.cabinet.isEmpty, !memo { group = p.label }
                if !memo { continue }
            }
            var kind = afterTotalCost ? "after total" : "line"
            var rowBudget = section
            if key.hasPrefix("total cost of unit") || (memo && isTotalLabel(key)) {
                settleTotals()
                kind = "total cost"
                memo = false
            } else if key.hasPrefix("totals for") && key.contains("revenue") && key.contains("capital") {
                settleTotals()
                kind = "total cost"
                rowBudget = "revenue and capital"
            } else if isTotalLabel(key) {
                kind = "subtotal"
                totalLike.append(rows.count)
            } else if memo {
                kind = "memo"
            }
            rows.append(Classified(p: p, kind: kind, group: kind == "line" || kind == "memo" ? group : "", budget: rowBudget))
            if kind == "total cost" {
                group = ""
                sectionStart = rows.count
                afterTotalCost = true
            }
        }
        settleTotals()
        for c in rows {
            var p = c.p
            if flip {
                for r in [BudgetRole.externalIncome, .internalIncome] {
                    if let v = dec(p.values[r]), v.units != 0, let flipped = v.negated { p.values[r] = flipped.description }
                }
                p.note = joinedNote(p.note, "income sign flipped (printed positive)")
            }
            var r = attribution(t)
            r["budget"] = c.budget
            r["table"] = title
            r["group"] = c.group
            r["cost_centre"] = p.code
            r["line_item"] = p.label
            r["year"] = year
            for (role, v) in p.values where !role.column.isEmpty { r[role.column] = v }
            r["cabinet_member"] = p.cabinet
            r["row_kind"] = c.kind
            r["note"] = p.note
            r["source"] = source
            r["line"] = String(p.row.lines.lowerBound)
            if !p.values.isEmpty || p.prior.isEmpty { budgets.append(r) }
            if !p.prior.isEmpty {
                var q = r
                for role in currentRoles { q[role.column] = "" }
                q["year"] = priorYear
                q["fte"] = p.prior[.priorFTE] ?? ""
                q["controllable"] = p.prior[.priorControllable] ?? ""
                q["note"] = ""
                budgets.append(q)
            }
        }
    }
}

/// A total row of a budget table (`TOTAL RESIDENTIAL CARE`, `Controllable Totals`, `Revenue
/// Budget Totals`, `Controllable Sub-Totals`).
func isTotalLabel(_ key: String) -> Bool {
    key.hasPrefix("total") || key.hasPrefix("sub-total") || key.hasPrefix("subtotal") || key.contains("sub-totals")
        || key.hasPrefix("controllable total") || key.hasPrefix("controllable sub") || key.hasPrefix("revenue budget total")
        || key.hasPrefix("capital budget total") || key.hasPrefix("net total") || key.hasPrefix("grand total")
        || key.hasPrefix("controllable expenditure total")
}

/// Names that say a row is the table's total (used when the printed figures do not add up).
func isTableTotalName(_ key: String) -> Bool {
    key == "totals" || key == "total" || key.hasPrefix("controllable total") || key.hasPrefix("controllable sub")
        || key.hasPrefix("revenue budget total") || key.hasPrefix("capital budget total") || key.hasPrefix("total services for")
        || key.hasPrefix("total for") || key.hasPrefix("totals for") || key.hasPrefix("net total") || key.hasPrefix("grand total")
        || key.hasPrefix("total controllable") || key.hasPrefix("controllable expenditure total")
}

func joinedNote(_ a: String, _ b: String) -> String { a.isEmpty ? b : a + "; " + b }

func dec(_ s: String?) -> ExactDecimal? { s.flatMap { ExactDecimal(parsing: $0) } }

/// A budget amount: a plain number (`1,639.8`, `(Excl.OH) 66,071`, `71.5⁹`); a number cut
/// after its point by the converter (`2,077.`) is read as the whole number.
func budgetNumber(_ cell: String) -> String? {
    if cell.isEmpty { return nil }
    if let n = canonicalNumber(cell), n.format == .plain { return n.value }
    if cell.hasSuffix("."), let n = canonicalNumber(String(cell.dropLast())), n.format == .plain { return n.value }
    return nil
}

/// Like `solveBudgetRow`, ignoring one cell (a value duplicated by the converter).
func solveDroppingOne(_ nums: [String], roles: [BudgetRole], fill: [BudgetRole: Int], aligned: Int,
                      search: BudgetSearch = BudgetSearch()) -> ([BudgetRole: String], String)? {
    guard nums.count >= 3 else { return nil }
    for k in stride(from: nums.count - 1, through: 0, by: -1) {
        var rest = nums
        let dropped = rest.remove(at: k)
        // only a value repeated elsewhere in the row counts as a duplicate
        guard rest.contains(dropped) else { continue }
        if let v = solveBudgetRow(rest, roles: roles, fill: fill, aligned: aligned, search: search), v[.gross] != nil, v[.controllable] != nil {
            return (v, dropped)
        }
    }
    return nil
}

func close(_ a: ExactDecimal, _ b: ExactDecimal) -> Bool {
    guard let d = a.subtracting(b) else { return false }
    return abs(d.doubleValue) <= 0.25
}

/// gross = employee + running + contracts + transfer; controllable = gross ± income.
func budgetArithmeticHolds(_ v: [BudgetRole: String]) -> Bool {
    let zero = ExactDecimal(0)
    func val(_ r: BudgetRole) -> ExactDecimal { dec(v[r]) ?? zero }
    if v[.gross] != nil {
        let parts = [BudgetRole.employee, .running, .contracts, .transfer]
        if parts.contains(where: { v[$0] != nil }) {
            var sum = zero
            for p in parts { sum = sum.adding(val(p)) ?? sum }
            if !close(sum, val(.gross)) { return false }
        }
    }
    if v[.controllable] != nil, v[.gross] != nil {
        let g = val(.gross), e = val(.externalIncome), i = val(.internalIncome), c = val(.controllable)
        let plus = g.adding(e)?.adding(i) ?? g, minus = g.subtracting(e)?.subtracting(i) ?? g
        if !close(plus, c) && !close(minus, c) { return false }
    }
    return true
}

/// Readings that fit the arithmetic but not a budget: FTE with no employee costs, external and
/// internal income of opposite signs.
func implausibility(_ v: [BudgetRole: String]) -> Double {
    var penalty = 0.0
    if let f = dec(v[.fte]), f.units != 0, (dec(v[.employee])?.units ?? 0) == 0 { penalty += 10 }
    if let e = dec(v[.externalIncome]), let i = dec(v[.internalIncome]), e.units != 0, i.units != 0, (e.units > 0) != (i.units > 0) {
        penalty += 10
    }
    return penalty
}

/// Assigns the numbers of a shifted row to roles (order preserved) so that the template
/// arithmetic holds, preferring to leave empty the columns that are usually empty.
/// The steps the budget-row search may still take in one table. Each row's search is bounded, but a
/// table of many rows, each tried again with one cell dropped, multiplies the bound: a fuzzed 4 KB
/// table of dozens of columns took over 10 s. Once the table's steps are spent its other rows are
/// left unsolved, as rows whose arithmetic holds nowhere are.
final class BudgetSearch {
    var stepsLeft: Int
    init(steps: Int = 100_000) { stepsLeft = steps }
}

func solveBudgetRow(_ nums: [String], roles: [BudgetRole], fill: [BudgetRole: Int], aligned: Int,
                    search: BudgetSearch = BudgetSearch()) -> [BudgetRole: String]? {
    let n = nums.count, m = roles.count
    guard n > 0, n <= m else { return nil }
    var best: [BudgetRole: String]?
    var bestScore = Double.infinity
    var chosen: [Int] = []
    // The search tries every order-preserving choice of n of the m columns: C(m, n) of them, at
    // most a few thousand for a printed budget header (C(15, 7) = 6,435), but exponential in a
    // header of dozens of columns (a fuzzed input of 3 KB took seconds). Past this many steps
    // the row is left unsolved, as a row whose arithmetic holds nowhere is. Real headers need
    // far fewer steps, so the seed dataset is unchanged.
    let allowance = min(20_000, search.stepsLeft)
    var stepsLeft = allowance
    defer { search.stepsLeft -= allowance - max(stepsLeft, 0) }
    func rec(_ start: Int) {
        stepsLeft -= 1
        if stepsLeft < 0 { return }
        if chosen.count == n {
            var v: [BudgetRole: String] = [:]
            for (k, idx) in chosen.enumerated() { v[roles[idx]] = nums[k] }
            // require the anchors the arithmetic needs; the controllable expenditure is always
            // the last amount of a row
            guard v[.gross] != nil || n <= 2, budgetArithmeticHolds(v) else { return }
            if n >= 3, roles.contains(.controllable), v[.controllable] != nums.last { return }
            var score = 0.0
            for idx in 0..<m where !chosen.contains(idx) {
                score += Double(fill[roles[idx]] ?? 0) / Double(aligned)
            }
            score += implausibility(v)
            if score < bestScore { bestScore = score; best = v }
            return
        }
        if start >= m { return }
        if m - start < n - chosen.count { return }
        for idx in start..<m {
            chosen.append(idx)
            rec(idx + 1)
            chosen.removeLast()
        }
    }
    rec(0)
    return stepsLeft < 0 ? nil : best
}
