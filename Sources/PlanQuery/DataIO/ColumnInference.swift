// Type inference for loaded columns: every cell of a column is classified from its UTF-8 bytes
// (plain numbers, ISO dates and booleans on a byte-level fast path; everything else through the
// plan-format parser, once per distinct text), then the column's type is chosen from the counts
// and the typed storage is written directly — no `Value` per cell.

/// What one cell was read as.
enum CellKind {
    static let null: UInt8 = 0
    static let status: UInt8 = 1
    static let int: UInt8 = 2
    static let decimal: UInt8 = 3
    static let money: UInt8 = 4
    static let percent: UInt8 = 5
    static let float: UInt8 = 6
    static let bool: UInt8 = 7
    static let yesNo: UInt8 = 8
    static let date: UInt8 = 9
    static let month: UInt8 = 10
    static let fiscalYear: UInt8 = 11
    /// `2008-09`: September 2008 or FY2008/09; settled by the rest of the column.
    static let monthOrFY: UInt8 = 12
    static let text: UInt8 = 13
    /// `00123`: a code; makes the whole column text.
    static let leadingZero: UInt8 = 14
    static let array: UInt8 = 15
    static let object: UInt8 = 16
    /// `03/04/2009`, `12/25/15`, `31.03.09`: a date whose day/month order is settled by the
    /// column (payload: year << 16 | first << 8 | second).
    static let numericDate: UInt8 = 17
    /// `2009-03-31T14:30:00`, `2009-03-31 00:00:00`: payload the day, scale 1 when the time is
    /// not midnight.
    static let dateTime: UInt8 = 18
    /// A number with more digits than 64 bits hold exactly (payload: float bits).
    static let wideNumber: UInt8 = 19
    static let count = 20
}

/// Which field of `03/04/2009` is the day.
public enum DateOrder: String, Sendable, Hashable {
    /// Day first (UK): 3 April 2009.
    case dmy
    /// Month first (US): March 4, 2009.
    case mdy
}

/// How a column is typed beyond its cells.
struct InferenceOptions {
    var threshold: Double
    /// Forces the order of numeric dates; nil decides per column from the evidence.
    var dateOrder: DateOrder? = nil
    /// `,` is the decimal mark (`;`-delimited files): `1,5` is 1.5, `1.234,5` is 1234.5.
    var decimalComma = false
}

/// A classified cell: the kind, a 64-bit payload (integer, decimal units, float bits, days,
/// month index, financial year start, bool) and the decimal scale.
struct CellClass: Equatable {
    var kind: UInt8
    var payload: Int64 = 0
    var scale: UInt8 = 0

    static let null = CellClass(kind: CellKind.null)
    static let text = CellClass(kind: CellKind.text)
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

@inline(__always) func asciiLower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

@inline(__always) func bytesEqualLower(_ p: UnsafePointer<UInt8>, _ n: Int, _ word: StaticString) -> Bool {
    guard n == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for i in 0..<n where asciiLower(p[i]) != w[i] { return false }
    return true
}

private let powersOfTenDouble: [Double] = (0...22).map { p in
    var v = 1.0
    for _ in 0..<p { v *= 10 }
    return v
}

/// The double nearest a decimal cell's value. One division is correctly rounded while the
/// units are exact as a double (up to 2^53); past that, as the text written with 16 or
/// more digits (a float's shortest form), it is parsed, so that it reads back to the same float.
@inline(__always) func nearestDouble(units: Int64, scale: Int) -> Double {
    if units.magnitude <= 1 << 53 { return Double(units) / powersOfTenDouble[scale] }
    return Double(ExactDecimal(units: units, scale: scale).description) ?? Double(units) / powersOfTenDouble[scale]
}

/// Parses a float from text (sign, digits, point, exponent; commas and `£` ignored).
func parseFloatText(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double? {
    var s = ""
    s.reserveCapacity(n)
    var i = 0
    while i < n {
        let b = p[i]
        if b == asciiComma { i += 1; continue }
        if b == 0xC2, i + 1 < n, p[i + 1] == 0xA3 { i += 2; continue }
        if b == UInt8(ascii: "%") { i += 1; continue }
        s.unicodeScalars.append(Unicode.Scalar(b))
        i += 1
    }
    return Double(s)
}

/// The byte-level fast path: plain numbers (`-1,639.80`, `£61.23`, `98%`, `1.5e10`), ISO dates
/// (`2009-03-31`), ISO months (`2009-03`), `true`/`false`/`yes`/`no`, `NaN`/`inf`. Returns nil
/// when the cell needs the full plan-format parser. `p[0..<n]` is non-empty and trimmed.
@inline(__always)
func classifyFast(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass? {
    let b0 = p[0]
    if isDigit(b0) || b0 == UInt8(ascii: "-") || b0 == UInt8(ascii: "+") || b0 == UInt8(ascii: ".") || b0 == 0xC2 {
        if isDigit(b0) {
            if n >= 10, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") {
                return n == 10 ? isoDate(p) : isoDateTime(p, n)
            }
            // `2009/03/31`: year first is never ambiguous.
            if n == 10, p[4] == UInt8(ascii: "/"), p[7] == UInt8(ascii: "/") { return isoDate(p) }
            if n == 7, p[4] == UInt8(ascii: "-"), let m = isoMonth(p) { return m }
            // A numeric date has a separator second or third (`3/4/09`, `03.04.2009`); plain
            // numbers fail this test on two comparisons.
            if n >= 6, n <= 10, !isDigit(p[1]) || !isDigit(p[2]), let d = numericDate(p, n) { return d }
        }
        return fastNumber(p, n)
    }
    if n <= 8 {
        switch asciiLower(b0) {
        case UInt8(ascii: "t"): if bytesEqualLower(p, n, "true") { return CellClass(kind: CellKind.bool, payload: 1) }
        case UInt8(ascii: "f"): if bytesEqualLower(p, n, "false") { return CellClass(kind: CellKind.bool, payload: 0) }
        case UInt8(ascii: "y"): if bytesEqualLower(p, n, "yes") { return CellClass(kind: CellKind.yesNo, payload: 1) }
        case UInt8(ascii: "n"):
            if bytesEqualLower(p, n, "no") { return CellClass(kind: CellKind.yesNo, payload: 0) }
            if bytesEqualLower(p, n, "nan") { return CellClass(kind: CellKind.float, payload: Int64(bitPattern: Double.nan.bitPattern)) }
        case UInt8(ascii: "i"):
            if bytesEqualLower(p, n, "inf") || bytesEqualLower(p, n, "infinity") {
                return CellClass(kind: CellKind.float, payload: Int64(bitPattern: Double.infinity.bitPattern))
            }
        default: break
        }
    }
    return nil
}

@inline(__always) private func digits(_ p: UnsafePointer<UInt8>, _ from: Int, _ count: Int) -> Int? {
    var v = 0
    for i in from..<(from + count) {
        let b = p[i]
        guard isDigit(b) else { return nil }
        v = v * 10 + Int(b &- 48)
    }
    return v
}

private func isoDate(_ p: UnsafePointer<UInt8>) -> CellClass? {
    guard let y = digits(p, 0, 4), let m = digits(p, 5, 2), let d = digits(p, 8, 2),
          let date = CalendarDate(year: y, month: m, day: d) else { return nil }
    return CellClass(kind: CellKind.date, payload: Int64(date.days))
}

/// `YYYY-MM-DD` then `T` or a space, `HH:MM[:SS[.fff]]`, and an optional zone (`Z`, `+01:00`).
/// The time of day is not kept: the scale says whether it was midnight.
private func isoDateTime(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass? {
    guard n >= 16, p[10] == UInt8(ascii: "T") || p[10] == asciiSpace, var day = isoDate(p),
          let hh = digits(p, 11, 2), p[13] == UInt8(ascii: ":"), let mm = digits(p, 14, 2), hh < 24, mm < 60 else { return nil }
    var i = 16
    var nonZero = hh != 0 || mm != 0
    if i < n, p[i] == UInt8(ascii: ":") {
        guard i + 3 <= n, let ss = digits(p, i + 1, 2), ss < 61 else { return nil }
        nonZero = nonZero || ss != 0
        i += 3
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            let from = i
            while i < n, isDigit(p[i]) { if p[i] != UInt8(ascii: "0") { nonZero = true }; i += 1 }
            if i == from { return nil }
        }
    }
    if i < n, p[i] == UInt8(ascii: "Z") { i += 1 }
    else if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") {
        // +01:00, +0100, +01
        guard i + 3 <= n, digits(p, i + 1, 2) != nil else { return nil }
        i += 3
        if i < n, p[i] == UInt8(ascii: ":") { i += 1 }
        if i + 2 <= n, digits(p, i, 2) != nil { i += 2 }
    }
    guard i == n else { return nil }
    day.kind = CellKind.dateTime
    day.scale = nonZero ? 1 : 0
    return day
}

/// `D/M/YY[YY]` or `M/D/YY[YY]` with `/`, `.` or `-` (the same one twice): which field is the
/// day is decided per column (`resolveNumericDates`).
@inline(__always)
private func numericDate(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass? {
    var i = 0
    var a = 0
    while i < n, i < 2, isDigit(p[i]) { a = a * 10 + Int(p[i] &- 48); i += 1 }
    guard i > 0, i < n else { return nil }
    let sep = p[i]
    guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") || sep == UInt8(ascii: "-") else { return nil }
    i += 1
    var b = 0
    let bStart = i
    while i < n, i - bStart < 2, isDigit(p[i]) { b = b * 10 + Int(p[i] &- 48); i += 1 }
    guard i > bStart, i < n, p[i] == sep else { return nil }
    i += 1
    let yStart = i
    var y = 0
    while i < n, isDigit(p[i]) { y = y * 10 + Int(p[i] &- 48); i += 1 }
    let yDigits = i - yStart
    guard i == n, yDigits == 2 || yDigits == 4, a >= 1, b >= 1, a <= 31, b <= 31, a <= 12 || b <= 12 else { return nil }
    let year = yDigits == 2 ? twoDigitYear(y) : y
    return CellClass(kind: CellKind.numericDate, payload: Int64(year) << 16 | Int64(a) << 8 | Int64(b))
}

private func isoMonth(_ p: UnsafePointer<UInt8>) -> CellClass? {
    guard let y = digits(p, 0, 4), let m = digits(p, 5, 2) else { return nil }
    guard (1...12).contains(m) else { return nil }  // `2012-13`: a financial year, for the full parser
    let index = Int64(YearMonth(year: y, month: m).index)
    return CellClass(kind: m == (y + 1) % 100 ? CellKind.monthOrFY : CellKind.month, payload: index)
}

/// `[+-][£][+-]digits[,ddd…][.digits][e±dd | %]`. Same grouping rules as `scanNumber` in
/// PlanFormats. Leading-zero integers (`007`) are codes. Too many digits, or an exponent, → float.
@inline(__always)
func fastNumber(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass? {
    var i = 0
    var negative = false
    var money = false
    if p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
        negative = p[0] == UInt8(ascii: "-")
        i = 1
        // `-Inf`, `+inf`, `-Infinity` (R, NumPy), `-nan`.
        if n >= 4, n <= 9, asciiLower(p[1]) == UInt8(ascii: "i") || asciiLower(p[1]) == UInt8(ascii: "n") {
            let rest = p + 1
            if bytesEqualLower(rest, n - 1, "inf") || bytesEqualLower(rest, n - 1, "infinity") {
                let v = negative ? -Double.infinity : Double.infinity
                return CellClass(kind: CellKind.float, payload: Int64(bitPattern: v.bitPattern))
            }
            if bytesEqualLower(rest, n - 1, "nan") {
                return CellClass(kind: CellKind.float, payload: Int64(bitPattern: Double.nan.bitPattern))
            }
            return nil
        }
    }
    if i + 1 < n, p[i] == 0xC2, p[i + 1] == 0xA3 {
        money = true
        i += 2
        if i == 2, i < n, p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+") {
            negative = p[i] == UInt8(ascii: "-")
            i += 1
        }
    }
    // Whole part: a run of digits, optionally in groups of three after the first 1–3.
    var units: UInt64 = 0
    let digitsStart = i
    while i < n {
        let d = p[i] &- 48
        if d >= 10 { break }
        units = units &* 10 &+ UInt64(d)
        i += 1
    }
    var intDigits = i - digitsStart
    let leadingZero = intDigits > 0 && p[digitsStart] == UInt8(ascii: "0")
    var grouped = false
    if i < n, p[i] == asciiComma {
        if intDigits == 0 || intDigits > 3 || leadingZero { return nil }
        grouped = true
        while i < n, p[i] == asciiComma {
            // exactly three digits after each comma
            guard i + 3 < n else { return nil }
            for k in 1...3 {
                let d = p[i + k] &- 48
                if d >= 10 { return nil }
                units = units &* 10 &+ UInt64(d)
            }
            if i + 4 < n, isDigit(p[i + 4]) { return nil }
            intDigits += 3
            i += 4
        }
    }
    // Fraction.
    var scale = 0
    var hasPoint = false
    if i + 1 < n, p[i] == UInt8(ascii: "."), isDigit(p[i + 1]) {
        hasPoint = true
        i += 1
        let fracStart = i
        while i < n {
            let d = p[i] &- 48
            if d >= 10 { break }
            units = units &* 10 &+ UInt64(d)
            i += 1
        }
        scale = i - fracStart
    }
    if intDigits == 0 && !hasPoint { return nil }
    let isCode = leadingZero && intDigits > 1
    var percent = false
    if i < n {
        let b = p[i]
        if b == UInt8(ascii: "%"), i + 1 == n, !money {
            percent = true
        } else if (b == UInt8(ascii: "e") || b == UInt8(ascii: "E")), !money, !grouped, !isCode {
            var j = i + 1
            if j < n, p[j] == UInt8(ascii: "-") || p[j] == UInt8(ascii: "+") { j += 1 }
            guard j < n else { return nil }
            while j < n, isDigit(p[j]) { j += 1 }
            guard j == n, let d = parseFloatText(p, n) else { return nil }
            return CellClass(kind: CellKind.float, payload: Int64(bitPattern: d.bitPattern))
        } else {
            return nil
        }
    }
    if isCode { return CellClass(kind: CellKind.leadingZero) }
    let effectiveScale = percent ? scale + 2 : scale
    // Up to 19 digits are exact in a UInt64 (more may have wrapped above); then it must fit an Int64.
    if intDigits + scale > 19 || units > UInt64(Int64.max) || effectiveScale > ExactDecimal.maxScale {
        guard var d = parseFloatText(p, n) else { return nil }
        if percent { d /= 100 }
        return CellClass(kind: CellKind.wideNumber, payload: Int64(bitPattern: d.bitPattern))
    }
    let signed = negative ? -Int64(units) : Int64(units)
    if percent { return CellClass(kind: CellKind.percent, payload: signed, scale: UInt8(effectiveScale)) }
    if money { return CellClass(kind: CellKind.money, payload: signed, scale: UInt8(scale)) }
    if hasPoint { return CellClass(kind: CellKind.decimal, payload: signed, scale: UInt8(scale)) }
    return CellClass(kind: CellKind.int, payload: signed)
}

/// The one call site of the plan-format parser (PlanFormats.swift): money with suffixes,
/// accounting negatives, financial years, UK dates, month names and status tokens.
func classifyPlanText(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass {
    let text = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    switch parsePlanCell(Substring(text)) {
    case .empty: return .null
    case .status: return CellClass(kind: CellKind.status)
    case .integer(let i): return CellClass(kind: CellKind.int, payload: Int64(i))
    case .decimal(let d, let format):
        guard d.scale <= ExactDecimal.maxScale else { return .text }
        switch format.kind {
        case .plain: return CellClass(kind: CellKind.decimal, payload: d.units, scale: UInt8(d.scale))
        case .money: return CellClass(kind: CellKind.money, payload: d.units, scale: UInt8(d.scale))
        case .percent: return CellClass(kind: CellKind.percent, payload: d.units, scale: UInt8(d.scale))
        }
    case .date(let d): return CellClass(kind: CellKind.date, payload: Int64(d.days))
    case .month(let m): return CellClass(kind: CellKind.month, payload: Int64(m.index))
    case .fiscalYear(let y): return CellClass(kind: CellKind.fiscalYear, payload: Int64(y.startYear))
    case .text: return .text
    }
}

/// Classifies a cell's text completely (fast path, then the plan formats).
func classifyCellText(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass {
    if n == 0 { return .null }
    return classifyFast(p, n) ?? classifyPlanText(p, n)
}

/// Where a column's cells are: spans into `base`, `stride` apart.
struct ColumnInput {
    var base: UnsafePointer<UInt8>
    var spans: UnsafePointer<UInt64>
    var stride: Int
    var count: Int
}

struct InferredColumn {
    var column: Column
    var report: ColumnReport
}

/// The type chosen for a column from its kind counts.
enum ColumnDecision: Equatable {
    case null
    case text
    case numeric
    case bool(yesNo: Bool)
    case date
    case month
    case fiscalYear
    case list
}

/// Chooses a column's type: the family with the most values wins when it holds at least
/// `threshold` of the non-empty, non-status values; otherwise the column is text.
func decideColumn(_ counts: [Int], total: Int, threshold: Double) -> ColumnDecision {
    let values = total - counts[Int(CellKind.null)] - counts[Int(CellKind.status)]
    if values == 0 { return counts[Int(CellKind.status)] > 0 ? .text : .null }
    if counts[Int(CellKind.leadingZero)] > 0 { return .text }
    let numeric = counts[Int(CellKind.int)] + counts[Int(CellKind.decimal)] + counts[Int(CellKind.money)]
        + counts[Int(CellKind.percent)] + counts[Int(CellKind.float)] + counts[Int(CellKind.wideNumber)]
    let yesNo = counts[Int(CellKind.yesNo)]
    let trueFalse = counts[Int(CellKind.bool)]
    let month = counts[Int(CellKind.month)], fy = counts[Int(CellKind.fiscalYear)]
    let either = counts[Int(CellKind.monthOrFY)]
    var candidates: [(ColumnDecision, Int)] = [
        (.numeric, numeric),
        (.date, counts[Int(CellKind.date)] + counts[Int(CellKind.numericDate)] + counts[Int(CellKind.dateTime)]),
        (.list, counts[Int(CellKind.array)]),
    ]
    // yes/no only when the whole column is yes/no (with true/false).
    if yesNo > 0, yesNo + trueFalse == values { candidates.append((.bool(yesNo: true), values)) }
    else { candidates.append((.bool(yesNo: false), trueFalse)) }
    // `2008-09` goes with months when the column has unambiguous months and more of them.
    if month > 0 && month >= fy {
        candidates.append((.month, month + either))
        candidates.append((.fiscalYear, fy))
    } else {
        candidates.append((.fiscalYear, fy + either))
        candidates.append((.month, month))
    }
    var best = candidates[0]
    for c in candidates.dropFirst() where c.1 > best.1 { best = c }
    if best.1 > 0, Double(best.1) >= threshold * Double(values) { return best.0 }
    return .text
}

/// Classifies and builds one column.
/// `stop`: the run being loaded for; once it is cancelled or out of time the typing ends
/// early (every 8Ki rows it looks) and the caller, checking the run, discards the column.
func inferColumn(_ input: ColumnInput, name: String, options: InferenceOptions, stop: RunGuard? = nil) -> InferredColumn {
    let threshold = options.threshold
    let decimalComma = options.decimalComma
    var commaNumbers = 0
    let n = input.count
    var kinds = [UInt8](repeating: 0, count: n)
    var payload = [Int64](repeating: 0, count: n)
    var scales = [UInt8](repeating: 0, count: n)
    var counts = [Int](repeating: 0, count: CellKind.count)
    var interner = ByteInterner()
    var cache: [CellClass] = []
    var scratch = CellScratch()
    defer { scratch.free() }
    let base = input.base
    let spans = input.spans
    let stride = input.stride
    let textLimit = (1 - threshold) * Double(n)
    var textLike = 0
    var decidedText = false

    kinds.withUnsafeMutableBufferPointer { kindsBuf in
    payload.withUnsafeMutableBufferPointer { payloadBuf in
    scales.withUnsafeMutableBufferPointer { scalesBuf in
    counts.withUnsafeMutableBufferPointer { counts in
        for r in 0..<n {
            if r & 0x1FFF == 0, let stop, stop.stopReason != nil { break }
            let s = spans[r &* stride]
            let flag = CellSpan.flag(s)
            let c: CellClass
            switch flag {
            case CellFlag.missing:
                c = .null
            case CellFlag.jsonBool:
                c = CellClass(kind: CellKind.bool, payload: CellSpan.length(s) == 1 ? 1 : 0)
            case CellFlag.jsonArray:
                c = CellClass(kind: CellKind.array)
            case CellFlag.jsonObject:
                c = CellClass(kind: CellKind.object)
            case CellFlag.jsonNumber:
                let q = base + CellSpan.start(s), len = CellSpan.length(s)
                if let f = fastNumber(q, len), f.kind != CellKind.leadingZero {
                    c = f
                } else if let d = parseFloatText(q, len) {
                    c = CellClass(kind: CellKind.float, payload: Int64(bitPattern: d.bitPattern))
                } else {
                    c = .text
                }
            default:
                var (q, len) = scratch.bytes(s, base)
                if flag == CellFlag.plain {
                    while len > 0, q[0] == asciiSpace || q[0] == asciiTab { q += 1; len -= 1 }
                    while len > 0, q[len - 1] == asciiSpace || q[len - 1] == asciiTab { len -= 1 }
                }
                if len == 0 {
                    c = .null
                } else if decimalComma, let f = classifyDecimalComma(q, len, &scratch) {
                    c = f
                    commaNumbers += 1
                } else if let f = classifyFast(q, len) {
                    c = f
                } else {
                    // Slow path: the plan-format parser, once per distinct text.
                    let code = Int(interner.intern(q, len))
                    if code < cache.count {
                        c = cache[code]
                    } else {
                        let f = classifyPlanText(q, len)
                        cache.append(f)
                        c = f
                    }
                }
            }
            kindsBuf[r] = c.kind
            payloadBuf[r] = c.payload
            scalesBuf[r] = c.scale
            counts[Int(c.kind)] += 1
            if c.kind == CellKind.text || c.kind == CellKind.leadingZero || c.kind == CellKind.object {
                textLike += 1
                // Text from here on: no typed reading can reach the threshold any more. (A column
                // that is partly typed is read to the end, so that its report can say how much.)
                if c.kind == CellKind.leadingZero { decidedText = true; break }
                if Double(textLike) > textLimit {
                    let typed = r + 1 - textLike - counts[Int(CellKind.null)] - counts[Int(CellKind.status)]
                    if typed < textLike { decidedText = true; break }
                }
            }
        }
    }
    }
    }
    }

    var decision = decidedText ? .text : decideColumn(counts, total: n, threshold: threshold)
    var notes: [String] = []
    if decision == .date {
        if counts[Int(CellKind.numericDate)] > 0 {
            notes += resolveNumericDates(&kinds, &payload, counts: counts, forced: options.dateOrder)
        }
        if counts[Int(CellKind.dateTime)] > 0 {
            // planq has no time-of-day type: date-times at midnight are dates; others stay text.
            if let r = kinds.indices.first(where: { kinds[$0] == CellKind.dateTime && scales[$0] == 1 }) {
                decision = .text
                notes.append("date-times with a time of day (e.g. `\(cellText(input, r, &scratch))`) were kept as text; "
                    + "planq has no time type (`substring(\(name), 1, 10)` is the date part)")
            } else {
                for r in kinds.indices where kinds[r] == CellKind.dateTime { kinds[r] = CellKind.date }
                notes.append("date-times at midnight (e.g. `\(cellText(input, kinds.firstIndex(of: CellKind.date) ?? 0, &scratch))`) were read as dates")
            }
        }
    }
    if decision == .numeric, commaNumbers > 0 {
        notes.append("`,` is the decimal mark in this `;`-delimited file (\(commaNumbers) \(commaNumbers == 1 ? "value" : "values"), "
            + "e.g. `\(firstCommaNumber(input, &scratch))`)")
    }
    var builder = TypedColumnBuilder(input: input, name: name, kinds: kinds, payload: payload, scales: scales,
                                     counts: counts, countsComplete: !decidedText, extraNotes: notes)
    switch decision {
    case .null:
        return builder.nullColumn()
    case .text:
        return builder.textColumn(interner: &interner, scratch: &scratch)
    default:
        return builder.typedColumn(decision, scratch: &scratch)
    }
}

/// The text of a cell as it appeared (trimmed when unquoted), for `verbatim` and reports.
func cellText(_ input: ColumnInput, _ r: Int, _ scratch: inout CellScratch) -> String {
    let s = input.spans[r * input.stride]
    switch CellSpan.flag(s) {
    case CellFlag.missing: return ""
    case CellFlag.jsonBool: return CellSpan.length(s) == 1 ? "true" : "false"
    default:
        var (q, len) = scratch.bytes(s, input.base)
        if CellSpan.flag(s) == CellFlag.plain {
            while len > 0, q[0] == asciiSpace || q[0] == asciiTab { q += 1; len -= 1 }
            while len > 0, q[len - 1] == asciiSpace || q[len - 1] == asciiTab { len -= 1 }
        }
        return String(decoding: UnsafeBufferPointer(start: q, count: len), as: UTF8.self)
    }
}

private func firstCommaNumber(_ input: ColumnInput, _ scratch: inout CellScratch) -> String {
    for r in 0..<input.count {
        let t = cellText(input, r, &scratch)
        if t.utf8.contains(asciiComma) { return t }
    }
    return ""
}

/// With `,` as the decimal mark: a cell holding a comma is read with `.` and `,` swapped
/// (`1.234,5` → `1,234.5`); nil unless that gives a number.
func classifyDecimalComma(_ q: UnsafePointer<UInt8>, _ len: Int, _ scratch: inout CellScratch) -> CellClass? {
    var hasComma = false
    for i in 0..<len where q[i] == asciiComma { hasComma = true; break }
    guard hasComma, len <= 64 else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: len) { buf -> CellClass? in
        for i in 0..<len {
            let b = q[i]
            buf[i] = b == asciiComma ? UInt8(ascii: ".") : b == UInt8(ascii: ".") ? asciiComma : b
        }
        let p = UnsafePointer(buf.baseAddress!)
        let c = classifyFast(p, len) ?? classifyPlanText(p, len)
        switch c.kind {
        case CellKind.int, CellKind.decimal, CellKind.money, CellKind.percent, CellKind.float, CellKind.wideNumber: return c
        default: return nil
        }
    }
}

/// Turns a date column's `numericDate` cells into days, in the order the evidence proves
/// (a first field above 12 can only be a day, a second above 12 only a month's day), or the
/// forced one; with no proof, day first (UK plan data) with a warning when any value could be
/// read both ways. Cells impossible in the chosen order become text (reported as unparsed).
func resolveNumericDates(_ kinds: inout [UInt8], _ payload: inout [Int64], counts: [Int], forced: DateOrder?) -> [String] {
    var dayFirstProof: Int? = nil, monthFirstProof: Int? = nil
    var dayFirstCount = 0, monthFirstCount = 0
    var ambiguous: Int? = nil
    for r in kinds.indices where kinds[r] == CellKind.numericDate {
        let a = Int(payload[r] >> 8 & 0xFF), b = Int(payload[r] & 0xFF)
        if a > 12 { dayFirstCount += 1; if dayFirstProof == nil { dayFirstProof = r } }
        else if b > 12 { monthFirstCount += 1; if monthFirstProof == nil { monthFirstProof = r } }
        else if a != b, ambiguous == nil { ambiguous = r }
    }
    var notes: [String] = []
    func show(_ r: Int) -> String {
        let y = Int(payload[r] >> 16), a = Int(payload[r] >> 8 & 0xFF), b = Int(payload[r] & 0xFF)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(a))/\(two(b))/\(y)"
    }
    let order: DateOrder
    if let forced {
        order = forced
    } else if monthFirstCount > dayFirstCount {
        order = .mdy
        notes.append("dates read month first (MM/DD/YYYY): \(show(monthFirstProof ?? 0)) has no month \(Int(payload[monthFirstProof ?? 0] & 0xFF))"
            + (dayFirstCount > 0 ? "; \(dayFirstCount) day-first \(dayFirstCount == 1 ? "value does" : "values do") not fit" : ""))
    } else {
        order = .dmy
        if dayFirstProof == nil, let r = ambiguous {
            notes.append("dates such as \(show(r)) could be day first or month first; read day first (DD/MM/YYYY). "
                + "read(\"…\", date_order = \"mdy\") reads them month first")
        }
    }
    for r in kinds.indices where kinds[r] == CellKind.numericDate {
        let y = Int(payload[r] >> 16), a = Int(payload[r] >> 8 & 0xFF), b = Int(payload[r] & 0xFF)
        let date = order == .dmy ? CalendarDate(year: y, month: b, day: a) : CalendarDate(year: y, month: a, day: b)
        if let date {
            kinds[r] = CellKind.date
            payload[r] = Int64(date.days)
        } else {
            kinds[r] = CellKind.text
        }
    }
    return notes
}

/// Writes a classified column into typed storage.
struct TypedColumnBuilder {
    let input: ColumnInput
    let name: String
    var kinds: [UInt8]
    var payload: [Int64]
    var scales: [UInt8]
    let counts: [Int]
    /// False when classification stopped early (the column was clearly text).
    let countsComplete: Bool
    /// Findings made while deciding the type (date order, date-times, decimal comma).
    var extraNotes: [String] = []

    var n: Int { input.count }

    func cellText(_ r: Int, _ scratch: inout CellScratch) -> String { PlanQuery.cellText(input, r, &scratch) }

    func nullColumn() -> InferredColumn {
        let column = Column.allNull(count: n)
        return InferredColumn(column: column, report: ColumnReport(name: name, type: .null, format: .plain,
                                                                   nullCount: n))
    }

    mutating func textColumn(interner: inout ByteInterner, scratch: inout CellScratch) -> InferredColumn {
        var codes = [UInt32](repeating: 0, count: n)
        var nulls = [Bool](repeating: false, count: n)
        var nullCount = 0
        let base = input.base
        codes.withUnsafeMutableBufferPointer { codesBuf in
            nulls.withUnsafeMutableBufferPointer { nullsBuf in
                for r in 0..<n {
                    let s = input.spans[r &* input.stride]
                    let flag = CellSpan.flag(s)
                    if flag == CellFlag.missing { nullsBuf[r] = true; nullCount += 1; continue }
                    if flag == CellFlag.jsonBool {
                        codesBuf[r] = interner.intern(CellSpan.length(s) == 1 ? "true" : "false")
                        continue
                    }
                    var (q, len) = scratch.bytes(s, base)
                    if flag == CellFlag.plain {
                        while len > 0, q[0] == asciiSpace || q[0] == asciiTab { q += 1; len -= 1 }
                        while len > 0, q[len - 1] == asciiSpace || q[len - 1] == asciiTab { len -= 1 }
                    }
                    // An empty cell is null, but `""` in a text column is the empty text (planq's
                    // writer quotes it so that it reads back; typing counted it as null, so an
                    // all-quoted file's `""` in a number column stays a missing number).
                    if len == 0 && flag != CellFlag.quoted { nullsBuf[r] = true; nullCount += 1; continue }
                    codesBuf[r] = interner.intern(q, len)
                }
            }
        }
        var dictionary = interner.strings()
        if nullCount > 0, dictionary.isEmpty { dictionary = [""] }
        let column = Column(storage: .text(codes: codes, dictionary: dictionary), nulls: nulls, count: n)
        var report = ColumnReport(name: name, type: .text, format: .plain, nullCount: nullCount)
        report.notes = extraNotes
        // Status tokens are ordinary values in a text column (`New` may be a category).
        let values = n - counts[Int(CellKind.null)] - counts[Int(CellKind.status)]
        if counts[Int(CellKind.leadingZero)] > 0 {
            report.notes.append("kept as text: values with leading zeros (codes such as `\(firstText(CellKind.leadingZero, &scratch))`)")
        } else if values > 0, countsComplete {
            let typed = values - counts[Int(CellKind.text)] - counts[Int(CellKind.object)]
            if typed > 0, counts[Int(CellKind.text)] > 0 {
                let pct = Int((Double(typed) / Double(values) * 100).rounded(.down))
                report.notes.append("kept as text: only \(pct)% of the values have one type (\(typed) of \(values))")
            }
        }
        return InferredColumn(column: column, report: report)
    }

    private func firstText(_ kind: UInt8, _ scratch: inout CellScratch) -> String {
        for r in 0..<n where kinds[r] == kind { return cellText(r, &scratch) }
        return ""
    }

    mutating func typedColumn(_ decision: ColumnDecision, scratch: inout CellScratch) -> InferredColumn {
        // Which kinds belong to the chosen family; the rest become null with their text kept.
        var member = [Bool](repeating: false, count: CellKind.count)
        var format = ValueFormat.plain
        var notes: [String] = extraNotes
        let type: DataType
        switch decision {
        case .numeric:
            for k in [CellKind.int, CellKind.decimal, CellKind.money, CellKind.percent, CellKind.float, CellKind.wideNumber] {
                member[Int(k)] = true
            }
            let wide = counts[Int(CellKind.wideNumber)]
            let plain = counts[Int(CellKind.int)] + counts[Int(CellKind.decimal)] + counts[Int(CellKind.float)] + wide
            let money = counts[Int(CellKind.money)], percent = counts[Int(CellKind.percent)]
            if money > plain && money >= percent { format = .money }
            else if percent > plain && percent > money { format = .percent }
            if wide > 0 {
                notes.append("\(wide) \(wide == 1 ? "value has" : "values have") more digits than exact numbers hold "
                    + "(e.g. `\(firstOf([CellKind.wideNumber], &scratch))`): the column is float, not exact")
            }
            if counts[Int(CellKind.float)] + wide > 0 { type = .float }
            else if format == .plain, counts[Int(CellKind.decimal)] == 0, money == 0, percent == 0 { type = .int }
            else { type = .decimal }
            if format == .percent, plain > 0 {
                notes.append("\(plain) plain \(plain == 1 ? "number was read as a percentage" : "numbers were read as percentages") "
                    + "in this percent column (e.g. `\(firstOf([CellKind.int, CellKind.decimal, CellKind.float], &scratch))` → \(firstOfPercentExample(&scratch)))")
            } else if format != .percent, percent > 0 {
                notes.append("\(percent) \(percent == 1 ? "percentage was kept as a fraction" : "percentages were kept as fractions") in a "
                    + "\(format == .money ? "money" : "plain") column (e.g. `\(firstOf([CellKind.percent], &scratch))`)")
            }
            if format == .money, plain > 0 {
                notes.append("\(plain) \(plain == 1 ? "value has" : "values have") no £ sign; the column is money because most do")
            } else if format == .plain, money > 0 {
                notes.append("\(money) money \(money == 1 ? "value" : "values") (£) in a column that is mostly plain numbers")
            }
        case .bool(let yesNo):
            member[Int(CellKind.bool)] = true
            if yesNo { member[Int(CellKind.yesNo)] = true }
            type = .bool
        case .date:
            member[Int(CellKind.date)] = true
            type = .date
        case .month:
            member[Int(CellKind.month)] = true
            member[Int(CellKind.monthOrFY)] = true
            type = .month
        case .fiscalYear:
            member[Int(CellKind.fiscalYear)] = true
            member[Int(CellKind.monthOrFY)] = true
            type = .fiscalYear
            if counts[Int(CellKind.monthOrFY)] > 0, counts[Int(CellKind.fiscalYear)] == 0 {
                notes.append("values such as `\(firstOf([CellKind.monthOrFY], &scratch))` read as financial years "
                    + "(`2008-09` is FY2008/09 in plan data; write months as `2009-03`)")
            }
        case .list:
            member[Int(CellKind.array)] = true
            type = .list
        case .null, .text:
            preconditionFailure("typedColumn called for \(decision)")
        }

        // Nulls, verbatim text and the unparsed cells.
        var nulls = [Bool](repeating: false, count: n)
        var verbatim: [Int: String] = [:]
        var unparsed = 0
        var examples: [ValueExample] = []
        var nullCount = 0
        var statusCount = 0
        for r in 0..<n {
            let k = kinds[r]
            if member[Int(k)] { continue }
            nulls[r] = true
            nullCount += 1
            if k == CellKind.null { continue }
            let text = cellText(r, &scratch)
            verbatim[r] = text
            if k == CellKind.status {
                statusCount += 1
            } else {
                unparsed += 1
                if examples.count < 3 { examples.append(ValueExample(text: text, row: r + 1)) }
            }
        }

        let storage: Column.Storage
        switch type {
        case .int:
            storage = .int(payload.map { Int($0) })
        case .float:
            var out = [Double](repeating: 0, count: n)
            for r in 0..<n where !nulls[r] {
                let k = kinds[r]
                let v: Double
                switch k {
                case CellKind.float, CellKind.wideNumber: v = Double(bitPattern: UInt64(bitPattern: payload[r]))
                case CellKind.int: v = Double(payload[r])
                default: v = nearestDouble(units: payload[r], scale: Int(scales[r]))
                }
                out[r] = format == .percent && (k == CellKind.int || k == CellKind.decimal) ? v / 100 : v
            }
            storage = .float(out)
        case .decimal:
            // Plain numbers in a percent column are percentage points: 24.8 → 0.248.
            if format == .percent {
                for r in 0..<n where !nulls[r] && (kinds[r] == CellKind.int || kinds[r] == CellKind.decimal) {
                    scales[r] += 2
                }
            }
            var target = 0
            for r in 0..<n where !nulls[r] { target = max(target, Int(scales[r])) }
            var out = [Int64](repeating: 0, count: n)
            var overflow = target > ExactDecimal.maxScale
            // More than six places is not money or a measurement but binary float noise written
            // out in full (`43.828000000000003` from Python or R). Kept exact only while a sum
            // of the whole column (at least a thousand values) still fits.
            if !overflow, target > 6, format != .percent, let r = floatNoise(target: target) {
                var floats = [Double](repeating: 0, count: n)
                for r in 0..<n where !nulls[r] {
                    floats[r] = nearestDouble(units: payload[r], scale: Int(scales[r]))
                }
                notes.append("values have up to \(target) decimal places (e.g. `\(cellText(r, &scratch))`, float noise as "
                    + "Python and R write it): stored as floats so that sums work")
                return finish(.float(floats), .float, format, nulls, nullCount, statusCount, verbatim, unparsed, examples, notes)
            }
            if !overflow {
                out.withUnsafeMutableBufferPointer { o in
                    for r in 0..<n where !nulls[r] {
                        let shift = target - Int(scales[r])
                        if shift == 0 { o[r] = payload[r]; continue }
                        let (v, of) = payload[r].multipliedReportingOverflow(by: ExactDecimal.pow10(shift))
                        if of { overflow = true; break }
                        o[r] = v
                    }
                }
            }
            if overflow {
                var floats = [Double](repeating: 0, count: n)
                for r in 0..<n where !nulls[r] {
                    floats[r] = nearestDouble(units: payload[r], scale: Int(scales[r]))
                }
                notes.append("values need more than 18 significant digits at a common scale; stored as floats")
                return finish(.float(floats), .float, format, nulls, nullCount, statusCount, verbatim, unparsed, examples, notes)
            }
            storage = .decimal(out, scale: target)
        case .bool:
            storage = .bool(payload.map { $0 != 0 })
        case .date:
            storage = .date(payload.map { Int32(truncatingIfNeeded: $0) })
        case .month:
            storage = .month(payload.map { Int32(truncatingIfNeeded: $0) })
        case .fiscalYear:
            var years = [Int32](repeating: 0, count: n)
            for r in 0..<n where !nulls[r] {
                // `2008-09` read as a month index: its financial year starts in that month's year.
                years[r] = kinds[r] == CellKind.monthOrFY ? Int32(YearMonth(index: Int32(payload[r])).year)
                    : Int32(truncatingIfNeeded: payload[r])
            }
            storage = .fiscalYear(years)
        case .list:
            var lists = [[Value]](repeating: [], count: n)
            for r in 0..<n where !nulls[r] {
                let s = input.spans[r * input.stride]
                lists[r] = JSONReader.listValue(input.base + CellSpan.start(s), CellSpan.length(s))
            }
            storage = .list(lists)
        default:
            preconditionFailure()
        }
        return finish(storage, type, format, nulls, nullCount, statusCount, verbatim, unparsed, examples, notes)
    }

    private func finish(_ storage: Column.Storage, _ type: DataType, _ format: ValueFormat, _ nulls: [Bool],
                        _ nullCount: Int, _ statusCount: Int, _ verbatim: [Int: String], _ unparsed: Int,
                        _ examples: [ValueExample], _ notes: [String]) -> InferredColumn {
        let column = Column(storage: storage, nulls: nullCount > 0 ? nulls : nil, count: n, format: format,
                            verbatim: verbatim)
        var report = ColumnReport(name: name, type: type, format: format, nullCount: nullCount)
        report.statusCount = statusCount
        report.unparsedCount = unparsed
        report.unparsedExamples = examples
        report.notes = notes
        return InferredColumn(column: column, report: report)
    }

    /// The first row with more than six places, when the column at `target` places could not
    /// be summed exactly: max |units| × max(rows, 1000) beyond 64 bits.
    private func floatNoise(target: Int) -> Int? {
        var largest: UInt64 = 0
        var example: Int? = nil
        for r in 0..<n where kinds[r] == CellKind.decimal || kinds[r] == CellKind.int || kinds[r] == CellKind.money {
            if example == nil, scales[r] > 6 { example = r }
            let shift = target - Int(scales[r])
            let (v, of) = payload[r].magnitude.multipliedReportingOverflow(by: UInt64(ExactDecimal.pow10(shift)))
            if of { return example ?? r }
            largest = max(largest, v)
        }
        let (_, of) = largest.multipliedReportingOverflow(by: UInt64(max(n, 1000)))
        return of || largest.multipliedFullWidth(by: UInt64(max(n, 1000))).low > UInt64(Int64.max) ? example : nil
    }

    private func firstOf(_ ks: [UInt8], _ scratch: inout CellScratch) -> String {
        for r in 0..<n where ks.contains(kinds[r]) { return cellText(r, &scratch) }
        return ""
    }

    private func firstOfPercentExample(_ scratch: inout CellScratch) -> String {
        for r in 0..<n where kinds[r] == CellKind.int || kinds[r] == CellKind.decimal {
            let d = ExactDecimal(units: payload[r], scale: Int(scales[r]) + 2)
            return d.description
        }
        return ""
    }
}
