/// How values look to people: money with £ and thousands separators, £000s as `£1,639.8k`,
/// percentages, UK dates, financial years, RAG and direction-of-travel labels. CSV and JSON
/// never come here (they keep machine values).
///
/// Rounding for display is half away from zero (2.345 → 2.35, -2.345 → -2.35), as Excel's
/// ROUND and printed council accounts do; it is not banker's (half-even) rounding.
/// Floats are rounded from their shortest decimal text, so 2.675 shows as 2.68 as a person
/// expects, not 2.67 from its binary value.
package enum Display {
    /// Text for one value in a table, a report paragraph or the REPL.
    /// `places` is the column's decimal places (so points line up); a format spec's places win.
    package static func text(_ v: Value, format: ValueFormat, places: Int? = nil) -> String {
        let shape = format.style?.shape
        if shape == .arrow, v.doubleValue != nil, let b = Badge.of(v, format: format, places: places) { return b.symbol + " " + b.label }
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return number(ExactDecimal(i), format, places: places)
        case .decimal(let d): return number(d, format, places: places)
        case .float(let f):
            if !f.isFinite { return formatFloat(f) }
            guard let d = exactDecimal(f) else { return String(f) }
            // Without a spec, a float shows at most 6 places (a ratio from division), trailing zeros dropped.
            let isDefault = format.style?.places == nil && places == nil
            if isDefault, format.kind == .plain, shape == nil || shape == .number {
                return number((d.rounded(to: 6) ?? d).normalized, format, places: nil)
            }
            if isDefault, format.kind == .money || shape?.isMoney == true {
                return number(d, format, places: nil, floatMoney: true)
            }
            if isDefault, format.kind == .percent || shape == .percent {
                return number(d, format, places: nil, floatPercent: true)
            }
            return number(d, format, places: places)
        case .text(let s):
            if let b = Badge.of(v, format: format) { return b.symbol + " " + b.label }
            return s
        case .date(let d):
            if shape == .month { return shortMonthNames[d.month - 1] + " " + String(d.year) }
            return shape == .isoDate ? d.description : ukDate(d)
        case .month(let m): return shortMonthNames[m.month - 1] + " " + String(m.year)
        case .fiscalYear(let y): return y.description
        case .list(let items):
            if shape == .sparkline { return sparkline(items.compactMap(\.doubleValue)) }
            return "[" + items.map { text($0, format: .plain) }.joined(separator: ", ") + "]"
        }
    }

    /// Decimal places that line up the points of a numeric column: the largest number of
    /// places any of `values` needs once trailing zeros are dropped (capped at 6). nil when the
    /// format fixes its places, the column is not exact decimals, or the unit is converted.
    package static func columnPlaces(_ values: some Sequence<Value>, format: ValueFormat) -> Int? {
        if format.style?.places != nil { return nil }
        let shape = format.style?.shape ?? defaultShape(format)
        switch shape {
        case .number, .plain: break
        case .percent: break
        case .money(let u): if u != storedUnit(format, displayUnit: u) { return nil }
        default: return nil
        }
        var most = 0
        var any = false
        for v in values {
            guard case .decimal(var d) = v else { continue }
            if shape == .percent { d = ExactDecimal(units: d.units, scale: d.scale - 2) }
            any = true
            most = max(most, d.scale < 0 ? 0 : d.normalized.scale)
        }
        guard any else { return nil }
        // Pounds with a fraction are pounds and pence: `£1,234.50`, never `£1,234.5`.
        if case .money(0) = shape, most == 1 { most = 2 }
        return min(most, 6)
    }

    // MARK: numbers

    static func defaultShape(_ format: ValueFormat) -> DisplayStyle.Shape {
        switch format.kind {
        case .money: return .money(unit: format.unit)
        case .percent: return .percent
        case .plain: return .number
        }
    }

    /// A money column knows the unit it is counted in and is converted; a plain number shown
    /// as money is taken to be in the unit the format names (a heading "£000s" over plain numbers).
    static func storedUnit(_ format: ValueFormat, displayUnit: Int8) -> Int8 {
        format.kind == .money ? format.unit : displayUnit
    }

    static func number(_ d: ExactDecimal, _ format: ValueFormat, places columnPlaces: Int?,
                       floatMoney: Bool = false, floatPercent: Bool = false) -> String {
        let style = format.style ?? DisplayStyle()
        let shape = style.shape ?? defaultShape(format)
        var value = d
        var prefix = "", suffix = ""
        var grouped = true
        var places = style.places
        switch shape {
        case .money(let unit):
            prefix = "£"
            suffix = DisplayStyle.moneySuffix(unit)
            let stored = storedUnit(format, displayUnit: unit)
            if stored != unit {
                value = shift(value, by: Int(stored) - Int(unit))
                // An amount shown in a larger unit (£000s in £m) gets one place, as printed accounts
                // show it; in a smaller unit (£000s in £) it keeps the places it has.
                if places == nil, unit > stored { places = 1 }
            } else if places == nil {
                places = floatMoney ? 2 : columnPlaces
            }
        case .percent:
            suffix = "%"
            value = shift(value, by: 2)
            if places == nil { places = floatPercent ? 1 : columnPlaces }
            if floatPercent, style.places == nil { value = (value.rounded(to: 1) ?? value).normalized; places = nil }
        case .plain:
            grouped = false
            if places == nil { places = columnPlaces }
        default:
            if places == nil { places = columnPlaces }
        }
        if let p = places {
            // Rounding to fewer places cannot overflow; keep the value if it ever would.
            value = value.rounded(to: p) ?? value
        } else if !shape.isMoney {
            // A lone number shows the digits it needs (5% × 200 is 10, not 10.00); money keeps its pence.
            value = value.normalized
        }
        let negative = value.units < 0
        // The digits without their sign (Int64.min has no negation: drop its "-" instead).
        var body = digits(negative ? (value.negated ?? value) : value, places: places, grouped: grouped)
        if body.hasPrefix("-") { body.removeFirst() }
        body = prefix + body + suffix
        if negative {
            return style.negative == .brackets ? "(" + body + ")" : "-" + body
        }
        if style.signed == true, value.units != 0 { return "+" + body }
        return body
    }

    /// `value × 10^exponent`, exactly (the scale carries a division; a multiplication rescales).
    static func shift(_ d: ExactDecimal, by exponent: Int) -> ExactDecimal {
        if exponent == 0 { return d }
        if exponent < 0 {
            let scale = d.scale - exponent
            if scale <= ExactDecimal.maxScale { return ExactDecimal(units: d.units, scale: scale) }
            // Too many places to hold: drop the ones that cannot matter first.
            let r = d.rounded(to: max(0, ExactDecimal.maxScale + exponent)) ?? d
            return ExactDecimal(units: r.units, scale: min(ExactDecimal.maxScale, r.scale - exponent))
        }
        if d.scale >= exponent { return ExactDecimal(units: d.units, scale: d.scale - exponent) }
        let (u, overflow) = d.units.multipliedReportingOverflow(by: ExactDecimal.pow10(exponent - d.scale))
        return overflow ? d : ExactDecimal(units: u, scale: 0)
    }

    /// Unsigned digits with separators and exactly `places` decimals (nil: as stored).
    static func digits(_ d: ExactDecimal, places: Int?, grouped: Bool) -> String {
        let text = d.description
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = grouped ? groupThousands(String(parts[0])) : String(parts[0])
        var frac = parts.count > 1 ? String(parts[1]) : ""
        if let p = places, frac.count < p { frac += String(repeating: "0", count: p - frac.count) }
        return frac.isEmpty ? whole : whole + "." + frac
    }

    /// The exact decimal a person reads for a float: its shortest round-trip text.
    static func exactDecimal(_ f: Double) -> ExactDecimal? {
        if f == 0 { return ExactDecimal(0) }
        if abs(f) >= 1e15 || abs(f) < 1e-9 { return nil }
        if let d = ExactDecimal(parsing: String(f)) { return d }
        return ExactDecimal(f, places: 9)
    }

    /// At most 6 decimal places for people; CSV and JSON keep full precision.
    package static func shortFloat(_ f: Double) -> String {
        if !f.isFinite { return formatFloat(f) }
        if f != 0, abs(f) < 1e-4 || abs(f) >= 1e15 { return String(f) }
        let rounded = (f * 1e6).rounded() / 1e6
        return formatFloat(rounded)
    }

    /// `£1,639.8`, `-£490.6`, `£3,805,000`: money in pounds as stored.
    package static func money(_ d: ExactDecimal) -> String { text(.decimal(d), format: .money) }

    package static func groupThousands(_ digits: String) -> String {
        let chars = Array(digits)
        var out = ""
        out.reserveCapacity(chars.count + chars.count / 3)
        for (i, c) in chars.enumerated() {
            if i > 0, (chars.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// 0.657 → `65.7%`.
    package static func percent(_ d: ExactDecimal) -> String { text(.decimal(d), format: .percent) }

    // MARK: dates

    static let shortMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `31 Mar 2009`: the UK order, a month name so it cannot be misread as US `3/31`.
    package static func ukDate(_ d: CalendarDate) -> String {
        let c = d.components
        return String(c.day) + " " + shortMonthNames[c.month - 1] + " " + String(c.year)
    }

    // MARK: small charts in text

    static let sparkBlocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// `▁▃▅█`: each number as one of eight block heights between the smallest and the largest.
    package static func sparkline(_ values: [Double]) -> String {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return "" }
        return String(values.map { v -> Character in
            guard v.isFinite else { return " " }
            if hi == lo { return sparkBlocks[3] }
            let i = Int(((v - lo) / (hi - lo) * 7).rounded())
            return sparkBlocks[min(7, max(0, i))]
        })
    }
}

extension DisplayStyle.Shape {
    var isMoney: Bool { if case .money = self { return true } else { return false } }
}

/// A status shown as a badge: RAG against a target, or a direction of travel.
package struct Badge: Sendable, Hashable {
    package enum Level: String, Sendable { case red, amber, green, up, same, down }
    package var level: Level
    /// The word people read: `Red`, `Amber`, `Green`, `improving`, …
    package var label: String

    /// An emoji-free symbol that says the same without colour (Markdown, print, no-colour terminals).
    package var symbol: String {
        switch level {
        case .green: return "✓"
        case .amber: return "▲"
        case .red: return "✗"
        case .up: return "↑"
        case .same: return "→"
        case .down: return "↓"
        }
    }

    /// `red`/`amber`/`green` (any case, or R/A/G) → a RAG badge.
    package static func rag(_ s: String) -> Badge? {
        switch s.lowercased() {
        case "red", "r": return Badge(level: .red, label: "Red")
        case "amber", "a": return Badge(level: .amber, label: "Amber")
        case "green", "g": return Badge(level: .green, label: "Green")
        default: return nil
        }
    }

    /// `improving`/`maintaining`/`not improving` (what `direction_of_travel` returns) → an arrow.
    package static func direction(_ s: String) -> Badge? {
        switch s.lowercased() {
        case "improving", "up", "better": return Badge(level: .up, label: s)
        case "maintaining", "same", "no change", "unchanged": return Badge(level: .same, label: s)
        case "not improving", "worse", "down", "deteriorating": return Badge(level: .down, label: s)
        default: return nil
        }
    }

    /// The badge a value shows under `format`, if its format is `rag` or `arrow`.
    package static func of(_ v: Value, format: ValueFormat, places: Int? = nil) -> Badge? {
        switch format.style?.shape {
        case .rag?:
            if case .text(let s) = v { return rag(s) }
        case .arrow?:
            if case .text(let s) = v { return direction(s) }
            if let d = v.doubleValue {
                // The number keeps its spec's places and sign; only the arrow is added.
                var plain = format
                plain.style?.shape = nil
                return Badge(level: d > 0 ? .up : d < 0 ? .down : .same, label: Display.text(v, format: plain, places: places))
            }
        default: break
        }
        return nil
    }
}
