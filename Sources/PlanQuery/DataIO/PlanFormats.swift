/// Cell-level value parsing for plan data (docs/plan-data-formats.md): numbers with thousands separators,
/// money (`£1,639.8`, `£3.805m`, `£350k`, `£1.320bn`), accounting negatives `(1,234)`,
/// percentages (`98%` is held as the fraction 0.98), UK financial years (`2007/08`,
/// `2008- 09`, `2007 – 2008`), UK day-first dates, month names, and missing/status tokens.
///
/// Used by CSV type inference (millions of cells) and by the document importer. Plain
/// numbers are parsed straight from UTF-8 bytes without allocating. Anything that is not
/// exactly one of the recognised shapes is `.text`: the parser never guesses.

/// How a parsed number was written. Same type as `ValueFormat` so columns can carry it.
package typealias PlanNumberFormat = ValueFormat

/// One parsed cell of plan data.
package enum PlanCell: Sendable, Equatable {
    /// Blank (or only white space).
    case empty
    /// A missing-value / status token such as `N/A`, `-`, `TBC`, `New`, `See note 1`.
    case status(String)
    case integer(Int)
    /// A decimal number; `.percent` values are the fraction (`65.7%` → 0.657), `.money`
    /// values are whole pounds after any `k`/`m`/`bn` suffix (`£3.805m` → 3805000).
    case decimal(ExactDecimal, PlanNumberFormat)
    case date(CalendarDate)
    case month(YearMonth)
    case fiscalYear(FiscalYear)
    /// Anything else, trimmed.
    case text(String)

    /// True for `.empty` and `.status`.
    package var isMissing: Bool {
        switch self {
        case .empty, .status: return true
        default: return false
        }
    }

    /// The numeric value of `.integer` / `.decimal`, else nil.
    package var decimalValue: ExactDecimal? {
        switch self {
        case .integer(let i): return ExactDecimal(i)
        case .decimal(let d, _): return d
        default: return nil
        }
    }
}

package func parsePlanCell(_ text: String) -> PlanCell { parsePlanCell(Substring(text)) }

/// Parses one cell. See the file comment for the accepted shapes.
package func parsePlanCell(_ text: Substring) -> PlanCell {
    let trimmed = trimPlanSpace(text)
    if trimmed.isEmpty { return .empty }
    let u = trimmed.utf8
    // Fast path: plain numbers (the overwhelming majority of cells).
    if let n = scanNumber(u, allowGrouping: true) {
        if n.end == u.endIndex { return n.cell(format: .plain) }
        if u[n.end] == UInt8(ascii: "%"), u.index(after: n.end) == u.endIndex, let p = n.percent() {
            return p
        }
    }
    let first = u[u.startIndex]
    if first >= 0x80 || first == UInt8(ascii: "(") || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
        if let money = parseMoney(trimmed) { return money }
        if first == UInt8(ascii: "("), let inner = parseParenthesised(trimmed) { return inner }
    }
    if let fy = parseFiscalYear(trimmed) { return .fiscalYear(fy) }
    if let d = parseDayFirstDate(trimmed) { return .date(d) }
    if let m = parseMonthName(trimmed) { return .month(m) }
    if isStatusToken(trimmed) { return .status(String(trimmed)) }
    if let m = parseNumericMonth(trimmed) { return .month(m) }
    return .text(String(trimmed))
}

// MARK: - white space

@inline(__always) func isPlanSpace(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s == "\u{A0}" || s == "\r" || s == "\n" || s == "\u{2009}" || s == "\u{202F}"
}

/// Trims spaces, tabs, no-break and thin spaces from both ends.
package func trimPlanSpace(_ text: Substring) -> Substring {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex, end = scalars.endIndex
    while start < end, isPlanSpace(scalars[start]) { start = scalars.index(after: start) }
    while end > start {
        let before = scalars.index(before: end)
        if isPlanSpace(scalars[before]) { end = before } else { break }
    }
    return Substring(scalars[start..<end])
}

// MARK: - numbers

struct ScannedNumber {
    var units: Int64
    var scale: Int
    var negative: Bool
    var hasPoint: Bool
    var end: String.UTF8View.Index

    var signedUnits: Int64 { negative ? -units : units }

    func cell(format: PlanNumberFormat) -> PlanCell {
        if !hasPoint, format == .plain { return .integer(Int(signedUnits)) }
        return .decimal(ExactDecimal(units: signedUnits, scale: scale), format)
    }

    func percent() -> PlanCell? {
        guard scale + 2 <= ExactDecimal.maxScale else { return nil }
        return .decimal(ExactDecimal(units: signedUnits, scale: scale + 2), .percent)
    }
}

/// Scans `[+-]digits[,ddd]*[.digits]` from the start of `u`. Stops at the first byte that
/// cannot continue the number; returns nil when there are no digits, on overflow, on a
/// malformed group (`12,34`), a leading-zero integer (`0055`, a code), or a bare point.
@inline(__always)
func scanNumber(_ u: Substring.UTF8View, allowGrouping: Bool) -> ScannedNumber? {
    var i = u.startIndex
    let end = u.endIndex
    var negative = false
    if i < end, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") {
        negative = u[i] == UInt8(ascii: "-")
        i = u.index(after: i)
    }
    var units: Int64 = 0
    var intDigits = 0, groupDigits = 0, scale = 0
    var grouped = false, hasPoint = false
    var leadingZero = false
    while i < end {
        let b = u[i]
        if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
            if hasPoint {
                if scale >= ExactDecimal.maxScale { return nil }
                scale += 1
            } else {
                if intDigits == 0, b == UInt8(ascii: "0") { leadingZero = true }
                intDigits += 1
                groupDigits += 1
            }
            let (m, o1) = units.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(b &- UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            units = a
        } else if b == UInt8(ascii: ","), allowGrouping, !hasPoint {
            // a group separator must follow 1-3 digits (first group) or exactly 3
            if intDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3) || leadingZero { return nil }
            let next = u.index(after: i)
            guard next < end, u[next] >= UInt8(ascii: "0"), u[next] <= UInt8(ascii: "9") else { break }
            grouped = true
            groupDigits = 0
        } else if b == UInt8(ascii: "."), !hasPoint {
            let next = u.index(after: i)
            guard next < end, u[next] >= UInt8(ascii: "0"), u[next] <= UInt8(ascii: "9") else { break }
            hasPoint = true
        } else {
            break
        }
        i = u.index(after: i)
    }
    if intDigits == 0 && !hasPoint { return nil }
    if grouped && groupDigits != 3 { return nil }
    if leadingZero && intDigits > 1 && !hasPoint { return nil }
    if leadingZero && intDigits > 1 && hasPoint { return nil }
    return ScannedNumber(units: units, scale: scale, negative: negative, hasPoint: hasPoint, end: i)
}

/// `(1,234)` → -1234, `(£1.2m)` → money -1200000, `(5%)` → -0.05.
func parseParenthesised(_ t: Substring) -> PlanCell? {
    guard t.utf8.count >= 3, t.utf8.last == UInt8(ascii: ")") else { return nil }
    let inner = t.dropFirst().dropLast()
    guard let first = inner.utf8.first, first != UInt8(ascii: "-"), first != UInt8(ascii: "+"),
          first != UInt8(ascii: " ") else { return nil }
    switch parsePlanCell(inner) {
    case .integer(let i): return i == .min ? nil : .integer(-i)
    case .decimal(let d, let f): return d.negated.map { .decimal($0, f) }
    default: return nil
    }
}

/// `£1,639.8`, `-£0.5m`, `£-0.5m`, `+£0.350m`, `£350k`, `£1.320bn`, `£141.9 million`.
func parseMoney(_ t: Substring) -> PlanCell? {
    var s = t
    var negative = false
    if let f = s.first, f == "-" || f == "+" || f == "\u{2013}" {
        negative = f != "+"
        s = s.dropFirst()
    }
    guard s.first == "£" else { return nil }
    s = s.dropFirst()
    if !negative, let f = s.first, f == "-" || f == "+" {
        negative = f == "-"
        s = s.dropFirst()
    }
    let u = s.utf8
    guard let n = scanNumber(u, allowGrouping: true), !n.negative, u.first != UInt8(ascii: "+") else { return nil }
    var rest = Substring(u[n.end...])
    if rest.first == " " { rest = rest.dropFirst() }
    let exponent: Int
    switch rest.lowercased() {
    case "": exponent = 0
    case "k": exponent = 3
    case "m", "million", "mn": exponent = 6
    case "bn", "billion", "b": exponent = 9
    default: return nil
    }
    if !rest.isEmpty, Substring(u[n.end...]).first == " ", exponent < 6 { return nil }
    var value = ExactDecimal(units: n.units, scale: n.scale)
    if exponent > 0 {
        guard let scaled = value.multiplied(by: ExactDecimal(units: ExactDecimal.pow10(exponent), scale: 0)) else { return nil }
        value = scaled.normalized
        if value.scale > n.scale { value = value.rescaled(to: n.scale) ?? value }
    }
    guard let signed = negative ? value.negated : value else { return nil }
    return .decimal(signed, .money)
}

// MARK: - status tokens

package func isStatusToken(_ text: String) -> Bool { isStatusToken(Substring(text)) }

/// True for missing-value and status tokens (docs/plan-data-formats.md): `N/A`, `n/a`, `NA`, `-`, `--`,
/// `~`, `#`, `*`, `TBA`, `TBC`, `New`, `New Indicator`, `Discontinued`, `See note 1`,
/// `To be set`, `Not applicable`, `ditto`, `“` … Trailing footnote stars (`N/A*`) are allowed.
package func isStatusToken(_ text: Substring) -> Bool {
    var t = trimPlanSpace(text)
    if t.isEmpty { return false }
    if t.utf8.count > 40 { return false }
    // <i>to be set</i>
    if t.hasPrefix("<"), let stripped = stripSimpleTags(t) { t = trimPlanSpace(Substring(stripped)) }
    // all-punctuation tokens
    if t.allSatisfy({ "-~#*–—\"“”'‘’.?".contains($0) }) {
        return !(t.allSatisfy { $0 == "." })
    }
    while t.count > 1, t.last == "*" { t = t.dropLast() }
    t = trimPlanSpace(t)
    let lower = t.lowercased()
    if statusWords.contains(lower) { return true }
    // "See note 1", "see note 12a", "See notes"
    if lower.hasPrefix("see note") {
        let rest = lower.dropFirst(8).drop { $0 == "s" || $0 == " " || $0 == "." || $0 == ":" }
        return rest.count <= 4 && rest.allSatisfy { $0.isNumber || $0.isLetter }
    }
    return false
}

private let statusWords: Set<String> = [
    "n/a", "na", "n.a.", "n.a", "n / a", "nil", "null", "none",
    "tba", "tbc", "tbd", "t.b.c.", "t.b.a.",
    "new", "new indicator", "new pi", "new target", "new measure",
    "discontinued", "deleted", "not applicable", "not available", "not relevant", "not known",
    "unknown", "to be set", "to be provided", "to be confirmed", "to be agreed", "to be determined",
    "not yet available", "ditto", "n/k", "nk", "no data", "awaited", "data not available",
]

/// Removes simple inline tags (`<i>…</i>`); nil when there is nothing to strip.
private func stripSimpleTags(_ t: Substring) -> String? {
    var out = ""
    var inTag = false
    var stripped = false
    for ch in t {
        if ch == "<" { inTag = true; stripped = true; continue }
        if ch == ">" { inTag = false; continue }
        if !inTag { out.append(ch) }
    }
    return stripped ? out : nil
}

// MARK: - financial years

@inline(__always) private func digitValue(_ b: UInt8) -> Int? {
    b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") ? Int(b - UInt8(ascii: "0")) : nil
}

/// Reads a run of ASCII digits starting at `i`; returns (value, count, next index).
private func readDigits(_ u: Substring.UTF8View, _ i: String.UTF8View.Index) -> (Int, Int, String.UTF8View.Index) {
    var v = 0, n = 0, j = i
    while j < u.endIndex, let d = digitValue(u[j]), n < 9 {
        v = v * 10 + d
        n += 1
        j = u.index(after: j)
    }
    return (v, n, j)
}

private func skipSpaces(_ u: Substring.UTF8View, _ i: String.UTF8View.Index) -> String.UTF8View.Index {
    var j = i
    while j < u.endIndex, u[j] == UInt8(ascii: " ") { j = u.index(after: j) }
    return j
}

/// Reads a year/range separator: `/`, `-`, `–` (en dash), `—`; returns the index after it.
private func readRangeSeparator(_ u: Substring.UTF8View, _ i: String.UTF8View.Index) -> (String.UTF8View.Index, UInt8)? {
    guard i < u.endIndex else { return nil }
    let b = u[i]
    if b == UInt8(ascii: "/") || b == UInt8(ascii: "-") { return (u.index(after: i), b) }
    // U+2013 en dash = E2 80 93, U+2014 em dash = E2 80 94
    if b == 0xE2 {
        let i1 = u.index(after: i)
        guard i1 < u.endIndex, u[i1] == 0x80 else { return nil }
        let i2 = u.index(after: i1)
        guard i2 < u.endIndex, u[i2] == 0x93 || u[i2] == 0x94 else { return nil }
        return (u.index(after: i2), UInt8(ascii: "-"))
    }
    return nil
}

func twoDigitYear(_ yy: Int) -> Int { yy < 50 ? 2000 + yy : 1900 + yy }

/// Financial years: `2007/08`, `2007-08`, `2008/9`, `07/08`, `2006/2007`, `2007 – 2008`,
/// `2008- 09`, optionally prefixed `FY`. The second year must follow the first.
package func parseFiscalYear(_ text: Substring) -> FiscalYear? {
    var t = trimPlanSpace(text)
    if t.hasPrefix("FY") || t.hasPrefix("fy") { t = t.dropFirst(2) }
    let u = t.utf8
    let (a, na, i1) = readDigits(u, u.startIndex)
    guard na == 4 || na == 2 else { return nil }
    let i2 = skipSpaces(u, i1)
    guard let (i3, sep) = readRangeSeparator(u, i2) else { return nil }
    let i4 = skipSpaces(u, i3)
    let (b, nb, i5) = readDigits(u, i4)
    guard i5 == u.endIndex else { return nil }
    if na == 4 {
        switch nb {
        case 1: return b == (a + 1) % 10 ? FiscalYear.checked(startYear: a) : nil
        case 2: return b == (a + 1) % 100 ? FiscalYear.checked(startYear: a) : nil
        case 4: return b == a + 1 ? FiscalYear.checked(startYear: a) : nil
        default: return nil
        }
    }
    // two-digit first year: only yy/yy or yy-yy with no spaces
    guard nb == 2, i2 == i1, i4 == i3 else { return nil }
    _ = sep
    return b == (a + 1) % 100 ? FiscalYear(startYear: twoDigitYear(a)) : nil
}

// MARK: - dates and months

/// UK day-first dates `31.03.09`, `31/03/2009`, `1/4/08`, `01-10-07`, and ISO `2009-03-31`.
package func parseDayFirstDate(_ text: Substring) -> CalendarDate? {
    let u = trimPlanSpace(text).utf8
    let (a, na, i1) = readDigits(u, u.startIndex)
    guard na >= 1, i1 < u.endIndex else { return nil }
    let sep = u[i1]
    guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") || sep == UInt8(ascii: "-") else { return nil }
    let (b, nb, i2) = readDigits(u, u.index(after: i1))
    guard nb >= 1, nb <= 2, i2 < u.endIndex, u[i2] == sep else { return nil }
    let (c, nc, i3) = readDigits(u, u.index(after: i2))
    guard i3 == u.endIndex else { return nil }
    if na == 4 {
        guard sep == UInt8(ascii: "-"), nc == 2, nb == 2 else { return nil }
        return CalendarDate(year: a, month: b, day: c)
    }
    guard na <= 2, nc == 2 || nc == 4 else { return nil }
    let year = nc == 2 ? twoDigitYear(c) : c
    return CalendarDate(year: year, month: b, day: a)
}

private let monthNames: [(String, Int)] = [
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
]

/// The month number for an English month name or abbreviation (`Sept`, `Mar.`), else nil.
package func monthNumber(_ word: Substring) -> Int? {
    var w = word
    if w.last == "." { w = w.dropLast() }
    guard w.count >= 3, w.count <= 9 else { return nil }
    let lower = w.lowercased()
    for (name, n) in monthNames where name == lower { return n }
    return nil
}

/// `March 2009`, `Mar 09`, `Sept 08`, `Mar-09`, `Sep. 2008`.
package func parseMonthName(_ text: Substring) -> YearMonth? {
    let t = trimPlanSpace(text)
    guard let f = t.first, f.isLetter else { return nil }
    guard let sepIndex = t.firstIndex(where: { $0 == " " || $0 == "-" }) else { return nil }
    guard let month = monthNumber(t[t.startIndex..<sepIndex]) else { return nil }
    var rest = t[t.index(after: sepIndex)...]
    while rest.first == " " { rest = rest.dropFirst() }
    guard rest.count == 2 || rest.count == 4, rest.allSatisfy({ $0.isASCII && $0.isNumber }),
          let y = Int(rest) else { return nil }
    return YearMonth.checked(year: rest.count == 2 ? twoDigitYear(y) : y, month: month)
}

/// `02/09` (mm/yy) — only reached when the text is not a financial year (§5.4).
func parseNumericMonth(_ text: Substring) -> YearMonth? {
    let u = text.utf8
    let (a, na, i1) = readDigits(u, u.startIndex)
    guard na == 2, i1 < u.endIndex, u[i1] == UInt8(ascii: "/") else { return nil }
    let (b, nb, i2) = readDigits(u, u.index(after: i1))
    guard nb == 2, i2 == u.endIndex, (1...12).contains(a), b <= 12 else { return nil }
    return YearMonth(year: twoDigitYear(b), month: a)
}
