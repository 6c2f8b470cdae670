/// UK financial-year functions (years run 1 April – 31 March). `fy(date)` is in the core;
/// next and previous years are arithmetic (`FY2008/09 + 1`, `y - 1`), the gap between two
/// years is `a - b`, and `year(fy)` is the starting calendar year.

func registerFinancialYearScalars(_ r: inout FunctionRegistry) {
    /// Accepts a financial year, a date or month (the year it falls in) or FY text.
    @Sendable func fyRule(_ name: String, result: DataType) -> TypeRule {
        return { args throws(FunctionTypeError) in
            switch args[0].type {
            case .fiscalYear, .date, .month, .text, .null: return (result, .plain)
            default: throw FunctionTypeError("\(name) needs a financial year, a date or a month, not \(args[0].type.displayName)")
            }
        }
    }

    r.add(ScalarFunction("fy_start", params: [.required("fy")],
        help: FunctionHelp("financial year", "The first day (1 April) of a financial year, or of the year a date falls in.",
                           example: "fy_start(FY2008/09)", result: "2008-04-01"),
        type: fyRule("fy_start", result: .date),
        row: { vals in FYKit.year(vals[0]).map { .date($0.firstDay) } ?? .null }))

    r.add(ScalarFunction("fy_end", params: [.required("fy")],
        help: FunctionHelp("financial year", "The last day (31 March) of a financial year, or of the year a date falls in.",
                           example: "fy_end(FY2008/09)", result: "2009-03-31"),
        type: fyRule("fy_end", result: .date),
        row: { vals in FYKit.year(vals[0]).map { .date($0.lastDay) } ?? .null }))

    func monthPart(_ name: String, _ summary: String, example: String, result: String, _ f: @escaping @Sendable (Int) -> Int) {
        r.add(ScalarFunction(name, params: [.required("date")],
            help: FunctionHelp("financial year", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in
                switch args[0].type {
                case .date, .month, .null: return (.int, .plain)
                default: throw FunctionTypeError("\(name) needs a date or a month, not \(args[0].type.displayName)")
                }
            },
            row: { vals in
                switch vals[0] {
                case .date(let d): return .int(f(d.month))
                case .month(let m): return .int(f(m.month))
                default: return .null
                }
            }))
    }
    monthPart("fy_quarter", "The financial-year quarter 1–4: April–June = 1, July–September = 2, October–December = 3, January–March = 4.",
              example: "fy_quarter(@2009-03-31)", result: "4") { m in (m + 8) % 12 / 3 + 1 }
    monthPart("fy_month", "The month of the financial year 1–12: April = 1 … March = 12.",
              example: "fy_month(@2008-04-15)", result: "1") { m in (m + 8) % 12 + 1 }

    r.add(ScalarFunction("fy_label", params: [.required("fy"), .optional("style", .text("short"))],
        help: FunctionHelp("financial year", "A financial year as text: style \"short\" 2008/09, \"long\" 2008/2009, \"dash\" 2008-09, \"fy\" FY2008/09, \"text\" Financial year 2008-09.",
                           example: "fy_label(@2009-02-01, \"long\")", result: "2008/2009"),
        type: { args throws(FunctionTypeError) in
            if args.count > 1 {
                try Types.text(args[1], "fy_label", argument: 1)
                if case .text(let s) = args[1].constant, FYKit.label(FiscalYear(startYear: 2000), style: s) == nil {
                    throw FunctionTypeError("fy_label's style must be \"short\", \"long\", \"dash\", \"fy\" or \"text\"", argument: 1)
                }
            }
            return try fyRule("fy_label", result: .text)(args)
        },
        row: { vals in
            guard let y = FYKit.year(vals[0]), let s = FYKit.label(y, style: vals.count > 1 ? vals[1].description : "short") else { return .null }
            return .text(s)
        }))

    r.add(ScalarFunction("parse_fy", params: [.required("text")],
        help: FunctionHelp("financial year", "A financial year from any spelling in plan documents: 2007/08, 2007-08, 2008- 09, 2008/9, 2006/2007, 2007 – 2008, 07/08, FY2008/09; null otherwise.",
                           example: "parse_fy(\"2007 – 2008\")", result: "2007/08"),
        type: fyRule("parse_fy", result: .fiscalYear),
        row: { vals in
            switch vals[0] {
            case .text(let s): return FYKit.parse(s).map(Value.fiscalYear) ?? .null
            default: return FYKit.year(vals[0]).map(Value.fiscalYear) ?? .null
            }
        }), aliases: ["to_fy"])
}

enum FYKit {
    static func parse(_ text: String) -> FiscalYear? {
        var t = trimPlanSpace(Substring(text))
        if t.lowercased().hasPrefix("fy") { t = trimPlanSpace(t.dropFirst(2)) }
        return parseFiscalYear(t)
    }

    static func year(_ v: Value) -> FiscalYear? {
        switch v {
        case .fiscalYear(let y): return y
        case .date(let d): return d.fiscalYear
        case .month(let m): return m.fiscalYear
        case .text(let s): return parse(s)
        default: return nil
        }
    }

    static func label(_ y: FiscalYear, style: String) -> String? {
        let a = pad4(y.startYear), b2 = pad2((y.startYear + 1) % 100), b4 = pad4(y.startYear + 1)
        switch style.lowercased() {
        case "short": return a + "/" + b2
        case "long": return a + "/" + b4
        case "dash": return a + "-" + b2
        case "fy": return "FY" + a + "/" + b2
        case "text": return "Financial year " + a + "-" + b2
        default: return nil
        }
    }
}
