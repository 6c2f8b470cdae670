/// Service comparisons and forecast activity levels: tables whose cells
/// are read one by one into long rows (one row per printed value), because their layouts
/// vary too much for fixed columns: authorities as columns or as rows, two-level headers
/// (`2005 ⇥ ⇥ 2006` over `KENT ⇥ S.EAST ⇥ ENG`), per-indicator mini tables whose year row
/// is repeated inside the table, group rows, ditto marks.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Councils and comparator groups named in comparison tables, lower case → display name.
/// The list is the English shire counties (with their usual abbreviations), the unitary and
/// metropolitan authorities that appear as statistical neighbours, and the group names used
/// for averages and quartiles.
private let authorityVocabulary: [(String, String)] = {
    let counties = ["Kent", "Essex", "Surrey", "Hampshire", "Lancashire", "Gloucestershire", "Suffolk", "Norfolk",
                    "West Sussex", "East Sussex", "Hertfordshire", "Buckinghamshire", "Oxfordshire", "Bedfordshire",
                    "Cambridgeshire", "Nottinghamshire", "Derbyshire", "Leicestershire", "Lincolnshire", "Northamptonshire",
                    "Staffordshire", "Warwickshire", "Worcestershire", "Wiltshire", "Somerset", "Dorset", "Devon", "Cornwall",
                    "Cumbria", "North Yorkshire", "Durham", "Cheshire", "Shropshire", "Herefordshire", "Northumberland",
                    "Medway", "Swindon", "Wessex", "Leeds", "Birmingham", "Manchester", "Bristol", "Brighton & Hove",
                    "Milton Keynes", "Portsmouth", "Southampton", "Reading", "Thurrock", "Southend", "Isle of Wight"]
    var v: [(String, String)] = counties.map { ($0.lowercased(), $0) }
    v += [("hants", "Hampshire"), ("lancs", "Lancashire"), ("gloucs", "Gloucestershire"), ("glos", "Gloucestershire"),
          ("herts", "Hertfordshire"), ("bucks", "Buckinghamshire"), ("oxon", "Oxfordshire"), ("beds", "Bedfordshire"),
          ("cambs", "Cambridgeshire"), ("notts", "Nottinghamshire"), ("northants", "Northamptonshire"),
          ("staffs", "Staffordshire"), ("warks", "Warwickshire"), ("worcs", "Worcestershire"), ("wilts", "Wiltshire"),
          ("leics", "Leicestershire"), ("lincs", "Lincolnshire"), ("derbys", "Derbyshire"), ("hamps", "Hampshire"),
          ("national average", "National Average"), ("national statistics", "National"), ("national", "National"),
          ("england average", "England"), ("all england", "England"), ("england", "England"), ("eng", "England"),
          ("s.east", "South East"), ("south east region", "South East Region"), ("south east", "South East"),
          ("regional average", "Regional Average"), ("region", "Region"),
          ("statistical neighbours average", "Statistical Neighbours"), ("statistical neighbours", "Statistical Neighbours"),
          ("stat neighbours", "Statistical Neighbours"), ("comparator group average", "Comparator Group Average"),
          ("comparator group", "Comparator Group Average"), ("comparator average", "Comparator Group Average"),
          ("family average", "Family Average"), ("yjb family", "YJB Family"),
          ("top quartile", "Top Quartile"), ("bottom quartile", "Bottom Quartile"), ("upper quartile", "Top Quartile"),
          ("lower quartile", "Bottom Quartile"), ("median", "Median"), ("counties", "Counties"),
          ("shire counties", "Shire Counties"), ("county average", "County Average"), ("district councils", "District Councils"),
          ("unitary", "Unitary Authorities"), ("london boroughs", "London Boroughs"), ("metropolitan", "Metropolitan Authorities"),
          ("average", "Average")]
    // longest first, so `west sussex` wins over `sussex` and `national average` over `national`
    return v.sorted { $0.0.count > $1.0.count }
}()

/// The authority or comparator group a header cell or row label names (`Kent Actual
/// Performance 2006-07` → `Kent`, `2005 S.EAST` → `South East`), with the rest of the text.
func authorityNamed(in text: String) -> (name: String, rest: String)? {
    let k = normalizedKey(text)
    guard !k.isEmpty, k.count <= 80 else { return nil }
    let atWordStarts = authorityPhrasesAtWordStarts(k)
    for (i, (phrase, name)) in authorityVocabulary.enumerated() {
        if let atWordStarts { guard atWordStarts.contains(i) else { continue } } else { guard mayContainText(k, phrase) else { continue } }
        guard let r = k.firstRange(of: phrase) else { continue }
        let before = r.lowerBound == k.startIndex ? " " : k[k.index(before: r.lowerBound)]
        let after = r.upperBound == k.endIndex ? " " : k[r.upperBound]
        guard !before.isLetter, !after.isLetter, !after.isNumber || phrase.contains(".") else { continue }
        let rest = collapseSpaces(String(k[..<r.lowerBound]) + " " + String(k[r.upperBound...]))
        return (name, rest)
    }
    return nil
}

/// The phrases of `authorityVocabulary` (by place) that start with each lower-case letter.
private let authorityPhrasesByLetter: [[(index: Int, bytes: [UInt8])]] = {
    precondition(authorityVocabulary.count <= 128)
    var byLetter = [[(index: Int, bytes: [UInt8])]](repeating: [], count: 26)
    for (i, (phrase, _)) in authorityVocabulary.enumerated() {
        let bytes = Array(phrase.utf8)
        precondition(bytes[0] >= 97 && bytes[0] <= 122 && bytes.allSatisfy { $0 < 0x80 && $0 != 13 })
        byLetter[Int(bytes[0] - 97)].append((i, bytes))
    }
    return byLetter
}()

/// Places in `authorityVocabulary`, as bits.
private struct PhraseSet {
    var low: UInt64 = 0, high: UInt64 = 0
    mutating func insert(_ i: Int) { if i < 64 { low |= 1 << UInt64(i) } else { high |= 1 << UInt64(i - 64) } }
    func contains(_ i: Int) -> Bool { i < 64 ? low & (1 << UInt64(i)) != 0 : high & (1 << UInt64(i - 64)) != 0 }
}

/// The phrases of `authorityVocabulary` found in `k` at the start of a word (after no
/// letter), the only places `authorityNamed` takes one (it passes over a phrase found only
/// inside words). One pass over the words instead of a search per phrase; nil unless `k` is
/// ASCII (then every Character is a byte and a letter is `a`…`z` or `A`…`Z`).
private func authorityPhrasesAtWordStarts(_ k: String) -> PhraseSet? {
    guard k.isASCIIWithoutCR else { return nil }
    var found = PhraseSet()
    var k = k
    k.withUTF8 { b in
        var previousIsLetter = false
        for i in 0..<b.count {
            let c = b[i]
            let lower = c | 0x20
            let isLetter = lower >= 97 && lower <= 122
            defer { previousIsLetter = isLetter }
            guard isLetter, !previousIsLetter, c >= 97 else { continue }
            for (index, phrase) in authorityPhrasesByLetter[Int(c - 97)] where phrase.count <= b.count - i {
                if memcmp(b.baseAddress! + i, phrase, phrase.count) == 0 { found.insert(index) }
            }
        }
    }
    return found
}

/// A row label that *is* an authority or group (not an indicator that mentions one):
/// `Kent`, `Top Quartile (Counties)`, `National Average`, `South East Region`.
func isAuthorityLabel(_ label: String) -> Bool {
    guard let (_, rest) = authorityNamed(in: label) else { return false }
    let words = rest.split(separator: " ").filter { !["(", ")", "(counties)", "council", "county", "cc", "yot", "-", "&"].contains($0) }
    return words.count <= 1 && label.count <= 45
}

/// Kent districts and the service areas used as rows of activity tables.
private let areaNames: Set<String> = [
    "ashford", "canterbury", "dartford", "dover", "gravesham", "maidstone", "sevenoaks", "shepway", "swale", "thanet",
    "tonbridge & malling", "tonbridge and malling", "tunbridge wells", "east kent", "west kent", "kent",
    "disability ek", "disability wk", "16+ service", "asylum", "kcc: inc. asylum", "kcc: without asylum",
    "kcc: inc asylum", "medway",
]

func isAreaLabel(_ label: String) -> Bool { areaNames.contains(normalizedKey(label)) }

/// Canonical period written in a heading: a financial year `2007/08`, a date `2009-03-31`,
/// or a calendar year `2007`; empty when there is none.
func periodIn(_ text: String) -> String {
    if let fy = fiscalYearIn(text) { return fy.description }
    for w in text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," }) {
        if let d = parseDayFirstDate(w) { return d.description }
    }
    // `(Data from end March 07)`: a month and a two-digit year
    let words = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," })
    for (i, w) in words.enumerated() where i + 1 < words.count && monthNumber(w) != nil {
        if words[i + 1].count == 2, let y = Int(words[i + 1]) { return String(twoDigitYear(y)) }
    }
    var digits = ""
    for ch in text + " " {
        if ch.isNumber { digits.append(ch); continue }
        if digits.count == 4, let y = Int(digits), (1990...2040).contains(y) { return digits }
        digits = ""
    }
    return ""
}

/// A financial year written as `07/08` among other words (`Actual Occupancy Rate 07/08`).
func shortPeriodIn(_ text: String) -> String {
    for w in text.split(separator: " ") { if let fy = parseFiscalYear(w) { return fy.description } }
    return ""
}

/// The measure a heading names (`actual`, `estimate`, `projection`, `rank`, …), or the
/// heading without its period when it names none.
func measureIn(_ header: String) -> String {
    if let m = measureOf(header) { return m }
    let k = normalizedKey(header)
    for (word, measure) in [("projection", "projection"), ("affordable", "affordable"), ("rank", "rank"),
                            ("quartile", "quartile"), ("difference", "difference"), ("% change", "change"),
                            ("rating", "rating"), ("average", "average"), ("revised", "estimate"), ("budget", "budget"), ("fcst", "forecast")] where containsText(k, word) {
        return measure
    }
    return ""
}

/// One printed value of a comparison or activity table, with the labels around it.
struct LongCell {
    var row: ExtractedRow
    var label: String          // row label (inherited through ditto marks and empty label cells)
    var group: String          // the last group row above
    var title: String          // `Indicator:- BV215a …` title row above, else empty
    var column: String         // the column heading in force for this row
    var columnIndex: Int
    var text: String
}

/// Reads a table cell by cell. Group rows (only a label) set `group`; a row of only periods
/// under an empty label (`⇥ 2005/06 ⇥ 2006/07`) replaces the column headings for the rows
/// below it; `“` and `"` repeat the cell above.
func longCells(_ t: ExtractedTable, skipColumns: Set<Int> = []) -> (cells: [LongCell], labelColumn: Int) {
    let width = t.header.count
    // the label column: the first column holding text (not numbers) in most rows
    var labelColumn = 0
    if !(t.header.first.map { normalizedKey($0).hasPrefix("indicator") } ?? false) {
        for c in 0..<min(width, 2) {
            let texts = t.rows.filter { c < $0.cells.count && !$0.cells[c].isEmpty && canonicalNumber($0.cells[c]) == nil }.count
            if texts * 2 >= t.rows.count { labelColumn = c; break }
        }
    }
    var headers = t.header
    var out: [LongCell] = []
    var group = "", title = "", lastLabel = ""
    var above = [String](repeating: "", count: width)
    for row in t.rows {
        var cells = row.cells
        for c in cells.indices {
            let v = cells[c]
            if v == "“" || v == "\"" || v == "”" || normalizedKey(v) == "ditto" { cells[c] = above[c] }
        }
        let label = cells[labelColumn]
        let values = cells.indices.filter { $0 != labelColumn && !skipColumns.contains($0) && !cells[$0].isEmpty }
        if values.isEmpty {
            if !label.isEmpty {
                if normalizedKey(label).hasPrefix("indicator:") {
                    title = collapseSpaces(String(label.drop { $0 != ":" }.dropFirst().drop { $0 == "-" || $0 == " " }))
                    group = ""
                } else {
                    group = label
                }
            }
            continue
        }
        // a repeated period row: new headings for the rows below
        if label.isEmpty, values.allSatisfy({ !periodIn(cells[$0]).isEmpty && canonicalNumber(cells[$0]) == nil }) {
            for c in values { headers[c] = cells[c] }
            continue
        }
        let rowLabel = label.isEmpty ? lastLabel : label
        lastLabel = rowLabel
        for c in values where c < headers.count {
            out.append(LongCell(row: row, label: rowLabel, group: group, title: title, column: headers[c], columnIndex: c, text: cells[c]))
        }
        above = cells
    }
    return (out, labelColumn)
}

/// A heading (first header cell) that names the dimension of the rows, not a title:
/// `Ethnic Group`, `Age Range`, `District`, `Client Group`.
func isDimensionHeading(_ h: String) -> Bool {
    let k = normalizedKey(h)
    let words = k.split(separator: " ")
    guard !words.isEmpty, words.count <= 3, !k.contains("indicator") else { return false }
    return ["ethnic", "group", "age", "district", "area", "sector", "gender", "stage", "category", "type", "phase", "school",
            "team", "service", "client"].contains { k.contains($0) }
}

extension PlanDatasetBuilder {
    mutating func addComparators(_ t: ExtractedTable, source: String) {
        // columns whose cells name authorities (`Comparator ⇥ Nottinghamshire`, `County ⇥ Kent`):
        // each names the authority of the values to its left in the same period group
        var authorityValueColumns: [Int] = []
        for c in 1..<max(t.header.count, 1) {
            let values = t.rows.compactMap { c < $0.cells.count && !$0.cells[c].isEmpty ? $0.cells[c] : nil }
            if values.count >= 2, values.filter(isAuthorityLabel).count * 5 >= values.count * 3 { authorityValueColumns.append(c) }
        }
        // a text column repeated on every row (the source of the figures, `NYA Annual Youth
        // Service Audit ⇥ “ ⇥ “`) describes the table, it is not a value
        var constantText: [Int] = []
        for c in 1..<max(t.header.count, 1) where !authorityValueColumns.contains(c) {
            let values = t.rows.compactMap { c < $0.cells.count && !$0.cells[c].isEmpty ? $0.cells[c] : nil }
            let distinct = Set(values.filter { $0 != "“" && $0 != "\"" && $0 != "”" })
            let textOnly = !distinct.isEmpty && distinct.allSatisfy { measuredValue($0).value.isEmpty && !isStatusToken($0) }
            if textOnly, distinct.count <= 2, values.count >= 1, !authorityValueColumns.isEmpty || values.count >= 3 { constantText.append(c) }
        }
        let (cells, labelColumn) = longCells(t, skipColumns: Set(authorityValueColumns + constantText))
        func authorityFor(_ cell: LongCell) -> String? {
            guard !authorityValueColumns.isEmpty else { return nil }
            let period = periodIn(cell.column)
            let right = authorityValueColumns.filter { $0 > cell.columnIndex && periodIn(t.header[$0]) == period }
            // the nearest authority column to the right in the same period group (`Data ⇥ Rank ⇥
            // Comparator`), else the nearest one to the left (`County ⇥ Student Support ⇥ Cases`)
            guard let c = right.first ?? authorityValueColumns.last(where: { $0 < cell.columnIndex }),
                  c < cell.row.cells.count else { return nil }
            let name = cell.row.cells[c]
            return name.isEmpty ? nil : name
        }
        let head0 = t.header.first.map { normalizedKey($0) } ?? ""
        let columnAuthorities = t.header.indices.filter { $0 != labelColumn && authorityNamed(in: t.header[$0]) != nil }
        let labels = Set(cells.map(\.label))
        let rowsAreAuthorities = !labels.isEmpty && labels.filter(isAuthorityLabel).count * 2 >= labels.count
        // a title in the first header cell (`Cost per head of Trading Standards Service`) names
        // the indicator when the rows are authorities; a dimension heading names a breakdown
        let firstHeader = labelColumn < t.header.count ? t.header[labelColumn] : ""
        let headerTitle = head0.isEmpty || ["yot", "local authority", "authority", "council", "comparative local authorities"].contains(head0)
            || head0.hasPrefix("comparators with") ? "" : firstHeader
        let byBreakdown = isDimensionHeading(firstHeader) && !t.caption.isEmpty
        let captionPeriod = periodIn(t.caption)
        for cell in cells {
            var r = attribution(t)
            r["table"] = t.caption
            r["group"] = cell.group
            var indicator: String, authority = "", breakdown = "", measure = ""
            let columnAuthority = columnAuthorities.count >= 2 ? authorityNamed(in: cell.column) : nil
            if let named = authorityFor(cell) {
                authority = named
                indicator = cell.title.isEmpty ? cell.label : cell.title
                measure = measureIn(cell.column)
                if measure.isEmpty || measure == "comparator average" { measure = cell.column }
            } else if let a = columnAuthority {
                authority = a.name
                measure = measureIn(a.rest)
                if byBreakdown {
                    indicator = t.caption
                    breakdown = cell.label
                } else {
                    indicator = cell.title.isEmpty ? cell.label : cell.title
                    if !cell.title.isEmpty { breakdown = cell.label }
                }
            } else if rowsAreAuthorities {
                authority = authorityNamed(in: cell.label).map { isAuthorityLabel(cell.label) && $0.name != "Average" ? cell.label : $0.name } ?? cell.label
                let tableIndicator = !cell.title.isEmpty ? cell.title : headerTitle
                if tableIndicator.isEmpty {
                    indicator = cell.column
                } else {
                    indicator = tableIndicator
                    measure = measureIn(cell.column)
                    if measure.isEmpty { measure = normalizedKey(cell.column) == normalizedKey(periodIn(cell.column)) ? "" : cell.column }
                }
            } else {
                // a benchmark column beside an indicator row (`Average result for Counties`)
                indicator = cell.title.isEmpty ? cell.label : cell.title
                authority = authorityNamed(in: cell.column)?.name ?? ""
                measure = measureIn(cell.column)
            }
            if authority.isEmpty { measure = measure.isEmpty ? cell.column : measure }
            r["indicator"] = indicator
            r["code"] = indicatorCode(indicator)
            r["breakdown"] = breakdown
            r["authority"] = authority
            let p = periodIn(cell.column)
            r["period"] = p.isEmpty ? captionPeriod : p
            r["measure"] = measure
            r["value_text"] = cell.text
            r["column"] = cell.column
            let v = measuredValue(cell.text)
            r["value"] = v.value
            r["value_format"] = v.format
            r["source"] = source
            r["line"] = String(cell.row.lines.lowerBound)
            comparators.append(r)
        }
    }

    mutating func addActivity(_ t: ExtractedTable, source: String) {
        let (cells, labelColumn) = longCells(t)
        let firstHeader = labelColumn < t.header.count ? t.header[labelColumn] : ""
        // `OLDER PEOPLE ⇥ 2007/08 Estimate …`: the first heading titles the table
        let title = isDimensionHeading(firstHeader) ? "" : firstHeader
        let attributed = attribution(t)
        let tableTitle = t.caption.isEmpty ? title : (title.isEmpty ? t.caption : t.caption + " – " + title)
        // Column headings and row labels repeat on every cell of their column or row; reading
        // each once keeps this linear in the distinct texts, not the cells (long fuzzed rows
        // made the per-cell heading reads most of an import's time).
        var areaMemo: [String: Bool] = [:], columnMemo: [String: (period: String, measure: String)] = [:]
        var labelMemo: [String: (period: String, measure: String)] = [:]
        func isArea(_ s: String) -> Bool {
            if let known = areaMemo[s] { return known }
            let v = isAreaLabel(s); areaMemo[s] = v; return v
        }
        func columnReading(_ s: String) -> (period: String, measure: String) {
            if let known = columnMemo[s] { return known }
            let v = (periodIn(s), measureIn(s)); columnMemo[s] = v; return v
        }
        func labelReading(_ s: String) -> (period: String, measure: String) {
            if let known = labelMemo[s] { return known }
            let p = periodIn(s)
            let v = (p.isEmpty ? shortPeriodIn(s) : p, measureIn(s)); labelMemo[s] = v; return v
        }
        for cell in cells {
            var r = attributed
            r["table"] = tableTitle
            r["group"] = cell.group
            if isArea(cell.label) {
                r["area"] = cell.label
                r["activity"] = cell.group.isEmpty ? (title.isEmpty ? t.caption : title) : cell.group
            } else {
                r["activity"] = cell.label
                if isArea(cell.group) { r["area"] = cell.group }
            }
            var (period, measure) = columnReading(cell.column)
            if period.isEmpty, measure.isEmpty, !cell.column.isEmpty {
                let (rowPeriod, rowMeasure) = labelReading(cell.label)
                if !rowPeriod.isEmpty || !rowMeasure.isEmpty {
                    // the columns are places (`Fairlawn ⇥ Croft /Sunrise`): the row names the
                    // measure and its year (`Actual Occupancy Rate 07/08`)
                    if r["area"] == nil { r["area"] = cell.column }
                    period = rowPeriod
                    measure = rowMeasure
                } else {
                    measure = cell.column   // `Total Number of Funded Household Units`, `% of All Units`
                }
            }
            r["period"] = period
            r["measure"] = measure
            r["value_text"] = cell.text
            r["column"] = cell.column
            let v = measuredValue(cell.text)
            r["value"] = v.value
            r["value_unit"] = v.unit
            r["value_format"] = v.format
            r["source"] = source
            r["line"] = String(cell.row.lines.lowerBound)
            activity.append(r)
        }
    }
}

/// A value cell read as a number with an optional unit word: `20 days` → (20, days),
/// `350 FGCs`, `548 kg`, `1.34m` → 1340000, `137k` → 137000, `10.6 ●●●●● V Good` → (10.6,
/// rating `V Good`), `24 (/130)` → 24, `93%` → 0.93. Anything else has an empty value.
struct MeasuredValue {
    var value = ""
    var unit = ""
    var format = ""
    var rating = ""
}

private let qualifierWords: Set<String> = ["min", "max", "actual", "approx", "target", "estimate", "est", "increase",
                                            "red", "amber", "green", "other", "new", "baseline", "see",
                                            "decrease", "reduction", "improvement", "provisional", "forecast", "per",
                                            "of", "and", "or", "to", "by", "from", "in", "at", "for"]

func measuredValue(_ cell: String) -> MeasuredValue {
    var out = MeasuredValue()
    if let n = canonicalNumber(cell) {
        out.value = n.value
        out.format = n.format.rawValue
        return out
    }
    // CSCI blob ratings: `10.6 ●●●●● V Good`
    if let blob = cell.firstIndex(of: "●") {
        let number = String(cell[..<blob])
        if let n = canonicalNumber(number) {
            out.value = n.value
            out.format = n.format.rawValue
            out.rating = collapseSpaces(String(cell[blob...].drop { $0 == "●" || $0 == " " }))
            return out
        }
    }
    let words = cell.split(separator: " ")
    guard let first = words.first else { return out }
    // `1.34m`, `137k`, `£1,000k`
    if words.count == 1, let last = first.last, last == "m" || last == "k",
       let n = canonicalNumber(String(first.dropLast())), let d = ExactDecimal(parsing: n.value),
       let scaled = d.multiplied(by: ExactDecimal(last == "m" ? 1_000_000 : 1_000)) {
        out.value = scaled.normalized.description
        out.format = n.format == .money ? "money" : "plain"
        return out
    }
    guard words.count >= 2, let n = canonicalNumber(String(first)) else { return out }
    let rest = words.dropFirst()
    // `24 (/130)`, `5,468 (actual)`, `90 (85%)`: a number with a note in brackets
    if rest.first?.hasPrefix("(") == true, cell.hasSuffix(")") {
        out.value = n.value
        out.format = n.format.rawValue
        return out
    }
    // `20 days`, `350 FGCs`, `548 kg`: one to three words of letters
    guard rest.count <= 2, rest.allSatisfy({ w in w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "/" || $0 == "." } }),
          let unitWord = rest.first, !qualifierWords.contains(unitWord.lowercased()),
          !isStatusToken(rest.joined(separator: " ")) else { return out }
    out.value = n.value
    out.format = n.format.rawValue
    out.unit = rest.joined(separator: " ")
    return out
}
