/// Conversion and formatting scalars: plan-data text to numbers (`£1,639.8`, `£3.805m`,
/// `(1,234)`, `98%`, `3,745`) using the same cell parser as the loaders, and numbers to
/// report text (`£1,639.80`, `65.7%`, `3,745`).

func registerConversionScalars(_ r: inout FunctionRegistry) {
    r.add(ScalarFunction("to_number", params: [.required("x")],
        help: FunctionHelp("conversion", "A number from plan-data text: `3,745`, `£1,639.8`, `£3.805m` (3805000), `£350k`, `(1,234)` (negative), `98%` (0.98), `1.34m`; null for status tokens (`N/A`, `TBC`, `-`) and anything else.",
                           example: "to_number(\"£3.805m\")", result: "3805000"),
        type: { args throws(FunctionTypeError) in
            switch args[0].type {
            case .text, .int, .decimal, .null, .bool: return (.decimal, .plain)
            case .float: return (.float, .plain)
            default: throw FunctionTypeError("to_number needs text or a number, not \(args[0].type.displayName)")
            }
        },
        row: { vals in
            switch vals[0] {
            case .int(let i): return .decimal(ExactDecimal(i))
            case .decimal, .float: return vals[0]
            case .bool(let b): return .decimal(ExactDecimal(b ? 1 : 0))
            case .text(let s): return Conversions.number(from: s).map(Value.decimal) ?? .null
            default: return .null
            }
        }), aliases: ["to_num", "parse_number"])

    r.add(ScalarFunction("to_text", params: [.required("x")],
        help: FunctionHelp("conversion", "x as plain text, as CSV output writes it (dates ISO 2009-03-31, financial years 2008/09, numbers without £ or %).",
                           example: "to_text(FY2008/09)", result: "2008/09"),
        type: { _ in (.text, .plain) },
        row: { vals in .text(vals[0].description) }), aliases: ["to_string"])

    r.add(ScalarFunction("format_money", params: [.required("x"), .optional("places", .int(2)), .optional("unit", .text(""))],
        help: FunctionHelp("format", "x as money text: £, thousands separators, `places` decimals (rounded half away from zero); unit \"k\", \"m\" or \"bn\" divides and adds the suffix.",
                           example: "format_money(-1639.8)", result: "-£1,639.80"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "format_money")
            try TextKit.int(args[1], "format_money", "places", argument: 1)
            if args.count > 2 {
                try Types.text(args[2], "format_money", argument: 2)
                if case .text(let u) = args[2].constant, Formatting.unitExponent(u) == nil {
                    throw FunctionTypeError("format_money's unit must be \"\", \"k\", \"m\" or \"bn\"", argument: 2)
                }
            }
            return (.text, .plain)
        },
        row: { vals in
            guard case .int(let places) = vals[1] else { return .null }
            let unit = vals.count > 2 ? vals[2].description : ""
            guard let e = Formatting.unitExponent(unit), let d = Formatting.decimal(vals[0], places: places, shift: e) else { return .null }
            let text = Formatting.grouped(d, places: places)
            return .text(text.hasPrefix("-") ? "-£" + text.dropFirst() + unit : "£" + text + unit)
        }), aliases: ["format_gbp"])

    r.add(ScalarFunction("format_percent", params: [.required("x"), .optional("places", .int(1))],
        help: FunctionHelp("format", "A fraction as percentage text with `places` decimals: 0.657 → 65.7%.",
                           example: "format_percent(0.6574)", result: "65.7%"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "format_percent"); try TextKit.int(args[1], "format_percent", "places", argument: 1)
            return (.text, .plain)
        },
        row: { vals in
            guard case .int(let places) = vals[1], let d = Formatting.decimal(vals[0], places: places, shift: -2) else { return .null }
            return .text(Formatting.grouped(d, places: places) + "%")
        }), aliases: ["format_pct"])

    r.add(ScalarFunction("format_thousands", params: [.required("x"), .optional("places", .int(0))],
        help: FunctionHelp("format", "x as text with thousands separators and `places` decimals: 1234567.891 → 1,234,568.",
                           example: "format_thousands(3745)", result: "3,745"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "format_thousands"); try TextKit.int(args[1], "format_thousands", "places", argument: 1)
            return (.text, .plain)
        },
        row: { vals in
            guard case .int(let places) = vals[1], let d = Formatting.decimal(vals[0], places: places, shift: 0) else { return .null }
            return .text(Formatting.grouped(d, places: places))
        }), aliases: ["format_number"])
}

extension Conversions {
    /// A number from plan-data text (docs/plan-data-formats.md), or nil. Percentages are fractions,
    /// money is in pounds; a bare `k`/`m`/`bn` suffix scales (`1.34m`, `137k`).
    package static func number(from text: String) -> ExactDecimal? {
        switch parsePlanCell(text) {
        case .integer(let i): return ExactDecimal(i)
        case .decimal(let d, _): return d
        case .text(let t):
            // `1.34m`, `137k`, `2.5bn`, `-0.562m`
            let lower = t.lowercased()
            for (suffix, e) in [("bn", 9), ("m", 6), ("k", 3)] where lower.hasSuffix(suffix) {
                let body = lower.dropLast(suffix.count)
                guard !body.isEmpty, body.last?.isNumber == true else { continue }
                switch parsePlanCell(Substring(body)) {
                case .integer(let i):
                    return ExactDecimal(i).multiplied(by: ExactDecimal(units: ExactDecimal.pow10(e), scale: 0))
                case .decimal(let d, .plain):
                    return d.multiplied(by: ExactDecimal(units: ExactDecimal.pow10(e), scale: 0))?.normalized
                default: continue
                }
            }
            return nil
        default:
            return nil
        }
    }
}

enum Formatting {
    static func unitExponent(_ unit: String) -> Int? {
        switch unit {
        case "": return 0
        case "k": return 3
        case "m": return 6
        case "bn": return 9
        default: return nil
        }
    }

    /// x ÷ 10^shift (shift −2 multiplies by 100), rounded half away from zero to `places`
    /// and shown with exactly that many places.
    static func decimal(_ v: Value, places: Int, shift: Int) -> ExactDecimal? {
        let places = min(max(places, 0), 12)
        var d: ExactDecimal
        switch v {
        case .int(let i): d = ExactDecimal(i)
        case .decimal(let x): d = x
        case .float(let f):
            guard let x = ExactDecimal(f, places: min(15, places + max(shift, 0) + 3)) else { return nil }
            d = x
        default: return nil
        }
        if shift > 0 {
            // Divide by 10^shift: a larger scale on the same units.
            if d.scale + shift <= ExactDecimal.maxScale { d = ExactDecimal(units: d.units, scale: d.scale + shift) }
            else {
                guard let r = d.rounded(to: ExactDecimal.maxScale - shift) else { return nil }
                d = ExactDecimal(units: r.units, scale: r.scale + shift)
            }
        } else if shift < 0 {
            if d.scale >= -shift { d = ExactDecimal(units: d.units, scale: d.scale + shift) }
            else { guard let x = d.multiplied(by: ExactDecimal(units: ExactDecimal.pow10(-shift), scale: 0)) else { return nil }; d = x }
        }
        return d.rounded(to: places)
    }

    /// `grouped` with exactly `places` decimals (zeros added as text, so no overflow).
    static func grouped(_ d: ExactDecimal, places: Int) -> String {
        let places = min(max(places, 0), 12)
        var text = grouped(d)
        if d.scale < places {
            if d.scale == 0 && places > 0 { text += "." }
            text += String(repeating: "0", count: places - d.scale)
        }
        return text
    }

    /// `-1234567.5` → `-1,234,567.5`.
    static func grouped(_ d: ExactDecimal) -> String {
        let text = d.description
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = Display.groupThousands(String(parts[0]))
        let frac = parts.count > 1 ? "." + parts[1] : ""
        return (negative && d.units != 0 ? "-" : "") + whole + frac
    }
}
