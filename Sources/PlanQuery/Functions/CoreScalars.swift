/// Scalar functions the core needs (and that the typing of the language leans on). The wider
/// library lives in Scalars*.swift.

func registerCoreScalars(_ r: inout FunctionRegistry) {
    r.add(ScalarFunction("coalesce", params: [.required("x"), .required("y")], variadic: true, nullSafe: true,
        help: FunctionHelp("null", "The first argument that is not null (`a ?? b` is the same as coalesce(a, b)).",
                           example: "coalesce(null, 2, 3)", result: "2"),
        type: { args throws(FunctionTypeError) in
            var t = DataType.null
            for (i, a) in args.enumerated() {
                guard let u = DataType.unify(t, a.type) else {
                    throw FunctionTypeError("coalesce arguments must have one type; found \(t.displayName) and \(a.type.displayName)", argument: i)
                }
                t = u
            }
            return (t, args.first { $0.type != .null }?.format ?? .plain)
        },
        row: { vals in vals.first { !$0.isNull } ?? .null }), aliases: ["ifnull"])

    r.add(ScalarFunction("round", params: [.required("x"), .optional("places", .int(0))],
        help: FunctionHelp("maths", "Rounds half away from zero to `places` decimal places; exact for decimals.",
                           example: "round(2.345, 2)", result: "2.35"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "round")
            if args.count > 1, args[1].type != .int, args[1].type != .null { throw FunctionTypeError("round's places must be an integer", argument: 1) }
            // Rounding a float to places gives an exact decimal: round(x / y, 2) is money-safe.
            return (args[0].type == .int ? .int : .decimal, args[0].format)
        },
        row: { vals in
            // Places beyond ±19 round nothing away, or everything: clamped, never negated past Int.min.
            var places = 0
            if vals.count > 1, case .int(let p) = vals[1] { places = min(max(p, -19), 19) }
            switch vals[0] {
            case .int(let i):
                if places >= 0 { return .int(i) }
                return .int(try ValueOps.checkedInt(ExactDecimal.roundedWhole(Int128(i), toMultipleOf: -places)))
            case .decimal(let d): return try ValueOps.decimal(d.rounded(to: places))
            case .float(let f):
                if let d = ExactDecimal(f, places: min(max(places, 0), 15)), let r = d.rounded(to: places) { return .decimal(r) }
                return .null
            default: return .null
            }
        }))

    r.add(ScalarFunction("abs", params: [.required("x")],
        help: FunctionHelp("maths", "Absolute value.", example: "abs(-1.5)", result: "1.5"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "abs"); return (args[0].type, args[0].format) },
        row: { vals in
            switch vals[0] {
            case .int(let i):
                guard i != .min else { throw ValueOps.integerOverflow }
                return .int(abs(i))
            case .decimal(let d): return try ValueOps.decimal(d.magnitude)
            case .float(let f): return .float(abs(f))
            default: return .null
            }
        }))

    r.add(ScalarFunction("lower", params: [.required("text")],
        help: FunctionHelp("text", "Lower-case text.", example: "lower(\"Kent\")", result: "kent"),
        type: { args throws(FunctionTypeError) in try Types.text(args[0], "lower"); return (.text, .plain) },
        row: { vals in .text(vals[0].description.lowercased()) }))

    r.add(ScalarFunction("upper", params: [.required("text")],
        help: FunctionHelp("text", "Upper-case text.", example: "upper(\"Kent\")", result: "KENT"),
        type: { args throws(FunctionTypeError) in try Types.text(args[0], "upper"); return (.text, .plain) },
        row: { vals in .text(vals[0].description.uppercased()) }))

    r.add(ScalarFunction("length", params: [.required("text")],
        help: FunctionHelp("text", "Number of characters in text (or items in a list).", example: "length(\"Kent\")", result: "4"),
        type: { args throws(FunctionTypeError) in
            if args[0].type != .text, args[0].type != .list, args[0].type != .null { throw FunctionTypeError("length needs text or a list") }
            return (.int, .plain)
        },
        row: { vals in
            if case .list(let l) = vals[0] { return .int(l.count) }
            return .int(vals[0].description.count)
        }))

    r.add(ScalarFunction("contains", params: [.required("text"), .required("part")],
        help: FunctionHelp("text", "True when text contains part (case-sensitive).", example: "contains(\"Libraries & Archives\", \"Arch\")", result: "true"),
        type: { args throws(FunctionTypeError) in try Types.text(args[0], "contains"); try Types.text(args[1], "contains", argument: 1); return (.bool, .plain) },
        row: { vals in .bool(vals[0].description.contains(vals[1].description)) }))

    r.add(ScalarFunction("fy", params: [.required("date")],
        help: FunctionHelp("financial year", "The UK financial year (April–March) a date or month falls in.",
                           example: "fy(@2009-02-01)", result: "2008/09"),
        type: { args throws(FunctionTypeError) in
            switch args[0].type {
            case .date, .month, .fiscalYear, .null, .text: return (.fiscalYear, .plain)
            default: throw FunctionTypeError("fy needs a date, a month or text such as \"2008/09\"")
            }
        },
        row: { vals in
            switch vals[0] {
            case .date(let d): return .fiscalYear(d.fiscalYear)
            case .month(let m): return .fiscalYear(m.fiscalYear)
            case .fiscalYear: return vals[0]
            case .text(let s): return Conversions.fiscalYear(from: s).map(Value.fiscalYear) ?? .null
            default: return .null
            }
        }))

    r.add(ScalarFunction("year", params: [.required("date")],
        help: FunctionHelp("date", "The calendar year of a date or month (the starting year of a financial year).",
                           example: "year(@2009-03-31)", result: "2009"),
        type: { args throws(FunctionTypeError) in
            switch args[0].type {
            case .date, .month, .fiscalYear, .null: return (.int, .plain)
            default: throw FunctionTypeError("year needs a date, a month or a financial year")
            }
        },
        row: { vals in
            switch vals[0] {
            case .date(let d): return .int(d.year)
            case .month(let m): return .int(m.year)
            case .fiscalYear(let y): return .int(y.startYear)
            default: return .null
            }
        }))
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
