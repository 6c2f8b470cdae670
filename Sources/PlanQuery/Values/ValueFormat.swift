/// How a value is shown to people. It travels with a column or expression beside its type
/// (`ColumnInfo.format`, `BoundExpr.format`, `Column.format`) and never changes a value:
/// sorting, arithmetic, CSV and JSON see the number as stored.
///
/// Two parts:
/// - what the number *is*: `kind` (plain, money, percent) and, for money, the `unit` it is
///   counted in (a budget column printed in £000s holds `1639.8` for £1,639,800). Literals,
///   loaders and `as_money(x, "£000s")` set these; arithmetic carries them (TypeRules).
/// - how it is *shown*: `style`, from a format spec (`format gross = "£m 1dp"`,
///   `shown_as(x, "rag")`, `{total:£m}` in report text). nil means the defaults for the type.
///
/// Format specs are short words separated by spaces; see `ValueFormat(spec:)` and docs/reports.md.
public struct ValueFormat: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: UInt8, Sendable, Hashable { case plain, money, percent }

    public var kind: Kind
    /// Money only: the stored number counts 10^unit pounds (0 pounds, 3 £000s, 6 £m, 9 £bn).
    public var unit: Int8
    /// Display choices from a format spec; nil shows the type's defaults.
    public var style: DisplayStyle?

    public init(kind: Kind, unit: Int8 = 0, style: DisplayStyle? = nil) {
        self.kind = kind
        self.unit = unit
        self.style = style
    }

    public static let plain = ValueFormat(kind: .plain)
    public static let money = ValueFormat(kind: .money)
    public static let percent = ValueFormat(kind: .percent)

    /// Money counted in 10^unit pounds (`.money(unit: 3)` is £000s).
    public static func money(unit: Int8) -> ValueFormat { ValueFormat(kind: .money, unit: unit) }

    public var isPlain: Bool { kind == .plain && style == nil }
    public var isMoney: Bool { kind == .money }
    public var isPercent: Bool { kind == .percent }

    /// The format without display choices: what arithmetic on the value keeps.
    public var meaning: ValueFormat { ValueFormat(kind: kind, unit: unit) }

    /// This format with a spec's display choices applied (a spec that names a kind changes it).
    public func applying(_ s: DisplayStyle) -> ValueFormat {
        var f = self
        var merged = style ?? DisplayStyle()
        merged.merge(s)
        f.style = merged
        return f
    }

    /// The name shown by `describe` and `.schema`: `plain`, `money`, `money (£000s)`, `percent`,
    /// followed by the display spec when there is one.
    public var rawValue: String { description }

    public var description: String {
        var s: String
        switch kind {
        case .plain: s = "plain"
        case .percent: s = "percent"
        case .money: s = unit == 0 ? "money" : "money (\(DisplayStyle.moneyUnitName(unit)))"
        }
        if let style, !style.isEmpty { s += " \"\(style.spec)\"" }
        return s
    }
}

/// The display half of a format: everything a format spec can say.
public struct DisplayStyle: Sendable, Hashable {
    /// What kind of text the value becomes.
    public enum Shape: Sendable, Hashable {
        /// Money in 10^unit pounds with a suffix: `£1,639.8k` (3), `£3.8m` (6); 0 is plain pounds.
        case money(unit: Int8)
        case percent
        /// A number with thousands separators.
        case number
        /// A number as stored: no separators (codes, years held as numbers).
        case plain
        /// `31 Mar 2009`, or ISO `2009-03-31`.
        case date, isoDate
        /// `Mar 2009`.
        case month
        /// A financial year `2008/09`.
        case fiscalYear
        /// `red`/`amber`/`green` text as a RAG badge.
        case rag
        /// Direction of travel: `improving`/`maintaining`/`not improving` text, or the sign of a number, as ↑ → ↓.
        case arrow
        /// A list of numbers as a small line (`▁▃▅█` in text, an SVG line in HTML).
        case sparkline
    }
    public enum Negative: Sendable, Hashable { case minus, brackets }
    public enum Alignment: String, Sendable, Hashable { case left, right, centre }

    public var shape: Shape?
    /// Fixed decimal places; nil shows the value's own (money keeps its pence).
    public var places: Int?
    public var negative: Negative?
    /// `+` in front of positive numbers (changes, variances).
    public var signed: Bool?
    public var align: Alignment?

    public init(shape: Shape? = nil, places: Int? = nil, negative: Negative? = nil, signed: Bool? = nil, align: Alignment? = nil) {
        self.shape = shape
        self.places = places
        self.negative = negative
        self.signed = signed
        self.align = align
    }

    public var isEmpty: Bool { shape == nil && places == nil && negative == nil && signed == nil && align == nil }

    /// Later choices win; unset ones keep the earlier.
    public mutating func merge(_ other: DisplayStyle) {
        if let s = other.shape { shape = s }
        if let p = other.places { places = p }
        if let n = other.negative { negative = n }
        if let s = other.signed { signed = s }
        if let a = other.align { align = a }
    }

    static func moneyUnitName(_ unit: Int8) -> String {
        switch unit {
        case 0: return "£"
        case 3: return "£000s"
        case 6: return "£m"
        case 9: return "£bn"
        default: return "£ × 10^\(unit)"
        }
    }

    static func moneySuffix(_ unit: Int8) -> String {
        switch unit {
        case 3: return "k"
        case 6: return "m"
        case 9: return "bn"
        default: return ""
        }
    }

    /// The spec text that parses back to this style.
    public var spec: String {
        var words: [String] = []
        switch shape {
        case .money(let u)?: words.append(u == 0 ? "£" : "£" + DisplayStyle.moneySuffix(u))
        case .percent?: words.append("%")
        case .number?: words.append("number")
        case .plain?: words.append("plain")
        case .date?: words.append("date")
        case .isoDate?: words.append("iso")
        case .month?: words.append("month")
        case .fiscalYear?: words.append("fy")
        case .rag?: words.append("rag")
        case .arrow?: words.append("arrow")
        case .sparkline?: words.append("sparkline")
        case nil: break
        }
        if let places { words.append("\(places)dp") }
        if negative == .brackets { words.append("brackets") } else if negative == .minus { words.append("minus") }
        if signed == true { words.append("signed") }
        if let align { words.append(align.rawValue) }
        return words.joined(separator: " ")
    }

    /// The words a spec may use, for error hints and docs.
    public static let vocabulary = "£ £k (or £000s) £m £bn % number plain date iso month fy rag arrow sparkline, "
        + "0dp 1dp 2dp … (or pence), brackets minus signed, left right centre"

    /// Every word `parse` knows (for "did you mean").
    public static let words = ["£", "£k", "£000s", "£m", "£bn", "%", "number", "plain", "date", "iso", "month", "fy", "rag",
                               "arrow", "sparkline", "pence", "brackets", "minus", "signed", "left", "right", "centre",
                               "center", "0dp", "1dp", "2dp", "3dp"]

    /// Parses a format spec: words separated by spaces, in any order, e.g. `£m 1dp`,
    /// `% 0dp`, `£k brackets`, `number 2dp right`, `date`, `rag`. nil with a message when a word is unknown.
    public static func parse(_ spec: String) -> Result<DisplayStyle, SpecError> {
        var style = DisplayStyle()
        let words = spec.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        if words.isEmpty { return .failure(SpecError(word: "", message: "an empty format")) }
        for raw in words {
            let w = raw.lowercased()
            switch w {
            case "£": style.shape = .money(unit: 0)
            case "£k", "£000s": style.shape = .money(unit: 3)
            case "£m": style.shape = .money(unit: 6)
            case "£bn": style.shape = .money(unit: 9)
            case "%": style.shape = .percent
            case "number": style.shape = .number
            case "plain": style.shape = .plain
            case "date": style.shape = .date
            case "iso": style.shape = .isoDate
            case "month": style.shape = .month
            case "fy": style.shape = .fiscalYear
            case "rag": style.shape = .rag
            case "arrow": style.shape = .arrow
            case "sparkline": style.shape = .sparkline
            case "pence": style.places = 2
            case "brackets": style.negative = .brackets
            case "minus": style.negative = .minus
            case "signed": style.signed = true
            case "left": style.align = .left
            case "right": style.align = .right
            case "centre", "center": style.align = .centre
            default:
                if w.hasSuffix("dp"), let n = Int(w.dropLast(2)), (0...9).contains(n) {
                    style.places = n
                } else {
                    return .failure(SpecError(word: String(raw), message: "unknown format word `\(raw)`"))
                }
            }
        }
        return .success(style)
    }

    /// Why this style cannot show values of `type`, or nil when it can.
    public func problem(showing type: DataType) -> String? {
        if type == .null { return nil }
        let what: String
        switch shape {
        case .money?, .percent?, .number?, .plain?:
            if type.isNumeric { return nil }
            what = "a number"
        case .date?, .isoDate?:
            if type == .date { return nil }
            what = "a date"
        case .month?:
            if type == .month || type == .date { return nil }
            what = "a month or date"
        case .fiscalYear?:
            if type == .fiscalYear { return nil }
            what = "a financial year"
        case .rag?:
            if type == .text { return nil }
            what = "text (`red`, `amber`, `green`, as rag() gives)"
        case .arrow?:
            if type == .text || type.isNumeric { return nil }
            what = "text (`improving`, `maintaining`, `not improving`) or a number"
        case .sparkline?:
            if type == .list { return nil }
            what = "a list of numbers (list(value) in summarize)"
        case nil:
            if (places != nil || negative != nil || signed != nil) && !type.isNumeric { what = "a number" } else { return nil }
        }
        return "`\(spec)` shows \(what), not \(type.displayName)"
    }

    public struct SpecError: Error, Sendable {
        public var word: String
        public var message: String
    }
}
