#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maths and null-handling scalars. Null in, null out (except the null functions); results
/// that do not exist (√−1, ln 0, x mod 0) are null rather than NaN or an error.

func registerMathScalars(_ r: inout FunctionRegistry) {
    func roundingToInt(_ name: String, _ summary: String, example: String, result: String, aliases: [String] = [],
                       _ rule: FloatingPointRoundingRule) {
        r.add(ScalarFunction(name, params: [.required("x")],
            help: FunctionHelp("maths", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in try Types.numeric(args[0], name); return (.int, .plain) },
            row: { vals in
                switch vals[0] {
                case .int: return vals[0]
                case .decimal(let d):
                    let p = ExactDecimal.pow10(d.scale)
                    var q = d.units / p
                    let rem = d.units % p
                    if rem != 0 {
                        if rule == .down && d.units < 0 { q -= 1 }
                        if rule == .up && d.units > 0 { q += 1 }
                    }
                    return .int(Int(q))
                case .float(let f):
                    let x = f.rounded(rule)
                    return x.isFinite && abs(x) < 9.2e18 ? .int(Int(x)) : .null
                default: return .null
                }
            }), aliases: aliases)
    }
    roundingToInt("floor", "The largest whole number ≤ x.", example: "floor(-2.5)", result: "-3", .down)
    roundingToInt("ceil", "The smallest whole number ≥ x.", example: "ceil(2.1)", result: "3", aliases: ["ceiling"], .up)
    roundingToInt("trunc", "x without its fractional part (towards zero).", example: "trunc(-2.7)", result: "-2", .towardZero)

    func real(_ name: String, _ summary: String, example: String, result: String, aliases: [String] = [],
              _ f: @escaping @Sendable (Double) -> Double?) {
        r.add(ScalarFunction(name, params: [.required("x")],
            help: FunctionHelp("maths", summary, example: example, result: result),
            type: Rules.float(name),
            row: { vals in
                guard let x = vals[0].doubleValue, let y = f(x), y.isFinite else { return .null }
                return .float(y)
            }), aliases: aliases)
    }
    real("sqrt", "Square root; null for negative x.", example: "sqrt(2)", result: "1.4142135623730951") { $0 >= 0 ? $0.squareRoot() : nil }
    real("ln", "Natural logarithm; null for x ≤ 0.", example: "ln(1)", result: "0") { $0 > 0 ? log($0) : nil }
    real("log10", "Base-10 logarithm; null for x ≤ 0.", example: "log10(1000)", result: "3") { $0 > 0 ? log10($0) : nil }
    real("exp", "e raised to the power x.", example: "exp(0)", result: "1") { exp($0) }

    r.add(ScalarFunction("log", params: [.required("x"), .optional("base", .int(10))],
        help: FunctionHelp("maths", "Logarithm of x to the given base (10 unless given, as in Excel's LOG); null for x ≤ 0 or a bad base.",
                           example: "log(8, 2)", result: "3"),
        type: Rules.float("log", arity: 2),
        row: { vals in
            guard let x = vals[0].doubleValue, let b = vals[1].doubleValue, x > 0, b > 0, b != 1 else { return .null }
            if b == 10 { return .float(log10(x)) }
            if b == 2 { return .float(log2(x)) }
            return .float(log(x) / log(b))
        }))

    r.add(ScalarFunction("pow", params: [.required("x"), .required("y")],
        help: FunctionHelp("maths", "x raised to the power y (a float); null when the result is not a real number.",
                           example: "pow(1.05, 2)", result: "1.1025"),
        type: Rules.float("pow", arity: 2),
        row: { vals in
            guard let x = vals[0].doubleValue, let y = vals[1].doubleValue else { return .null }
            // Whole-number powers of exact values are computed exactly, then converted.
            if case .int(let n) = vals[1], n >= 0, n <= 64, let d = vals[0].decimalValue {
                var acc = ExactDecimal(1)
                var ok = true
                for _ in 0..<n { if let m = acc.multiplied(by: d) { acc = m } else { ok = false; break } }
                if ok { return .float(acc.doubleValue) }
            }
            let p = pow(x, y)
            return p.isFinite ? .float(p) : .null
        }), aliases: ["power"])

    r.add(ScalarFunction("sign", params: [.required("x")],
        help: FunctionHelp("maths", "−1, 0 or 1 as x is negative, zero or positive.", example: "sign(-4.2)", result: "-1"),
        type: { args throws(FunctionTypeError) in try Types.numeric(args[0], "sign"); return (.int, .plain) },
        row: { vals in
            guard let x = vals[0].doubleValue else { return .null }
            return .int(x > 0 ? 1 : (x < 0 ? -1 : 0))
        }))

    r.add(ScalarFunction("mod", params: [.required("x"), .required("y")],
        help: FunctionHelp("maths", "Remainder of x / y with the sign of x (x = div(x, y) × y + mod(x, y)); null when y is 0. Same as `x % y`.",
                           example: "mod(-7, 3)", result: "-1"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "mod"); try Types.numeric(args[1], "mod", argument: 1)
            return (DataType.unify(Types.sumType(args[0].type), Types.sumType(args[1].type)) ?? .float, args[0].format)
        },
        row: { vals in try ValueOps.arithmetic(.modulo, vals[0], vals[1]) }))

    r.add(ScalarFunction("div", params: [.required("x"), .required("y")],
        help: FunctionHelp("maths", "Whole-number quotient of x / y, truncated towards zero; null when y is 0.",
                           example: "div(-7, 2)", result: "-3"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "div"); try Types.numeric(args[1], "div", argument: 1)
            return (.int, .plain)
        },
        row: { vals in
            if case .int(let a) = vals[0], case .int(let b) = vals[1] {
                if b == 0 { return .null }
                if a == Int.min && b == -1 { throw ValueOps.integerOverflow }
                return .int(a / b)
            }
            if let a = vals[0].decimalValue, let b = vals[1].decimalValue, let (x, y, _) = ExactDecimal.aligned(a, b) {
                if y == 0 { return .null }
                if x == .min && y == -1 { throw ValueOps.integerOverflow }
                return .int(Int(x / y))
            }
            guard let a = vals[0].doubleValue, let b = vals[1].doubleValue, b != 0 else { return .null }
            let q = (a / b).rounded(.towardZero)
            return q.isFinite && abs(q) < 9.2e18 ? .int(Int(q)) : .null
        }))

    r.add(ScalarFunction("clamp", params: [.required("x"), .required("lo"), .required("hi")],
        help: FunctionHelp("maths", "x limited to the range lo…hi (works for numbers, dates and financial years).",
                           example: "clamp(1.2, 0, 1)", result: "1"),
        type: { args throws(FunctionTypeError) in
            guard let t = DataType.unify(DataType.unify(args[0].type, args[1].type) ?? .list, args[2].type), t != .list, t != .bool else {
                throw FunctionTypeError("clamp needs x, lo and hi of one comparable type")
            }
            return (t, args[0].format)
        },
        row: { vals in
            var v = vals[0]
            if let c = ValueOps.compare(v, vals[1]), c < 0 { v = vals[1] }
            if let c = ValueOps.compare(v, vals[2]), c > 0 { v = vals[2] }
            return v
        }))

    func extremeOf(_ name: String, largest: Bool, example: String, result: String) {
        r.add(ScalarFunction(name, params: [.required("x"), .required("y")], variadic: true, nullSafe: true,
            help: FunctionHelp("maths", "The \(largest ? "largest" : "smallest") of the arguments, ignoring nulls (null only when all are null).",
                               example: example, result: result),
            type: { args throws(FunctionTypeError) in
                var t = DataType.null
                for (i, a) in args.enumerated() {
                    guard let u = DataType.unify(t, a.type), u != .list else {
                        throw FunctionTypeError("\(name) needs arguments of one comparable type", argument: i)
                    }
                    t = u
                }
                return (t, args.first { $0.type != .null }?.format ?? .plain)
            },
            row: { vals in
                var best: Value = .null
                for v in vals where !v.isNull {
                    if best.isNull { best = v; continue }
                    if let c = ValueOps.compare(v, best), largest ? c > 0 : c < 0 { best = v }
                }
                return best
            }))
    }
    extremeOf("greatest", largest: true, example: "greatest(3, null, 7, 5)", result: "7")
    extremeOf("least", largest: false, example: "least(3, null, 7, 5)", result: "3")

    // MARK: nulls

    r.add(ScalarFunction("nullif", params: [.required("x"), .required("y")], nullSafe: true,
        help: FunctionHelp("null", "null when x equals y, otherwise x: turns a placeholder such as 0 or \"N/A\" into a missing value.",
                           example: "nullif(0, 0)", result: ""),
        type: { args in (args[0].type, args[0].format) },
        row: { vals in ValueOps.equal(vals[0], vals[1]) ? .null : vals[0] }))

    r.add(ScalarFunction("is_null", params: [.required("x")], nullSafe: true,
        help: FunctionHelp("null", "True when x is null (missing).", example: "is_null(null)", result: "true"),
        type: { _ in (.bool, .plain) },
        row: { vals in .bool(vals[0].isNull) }), aliases: ["isnull"])

    r.add(ScalarFunction("is_not_null", params: [.required("x")], nullSafe: true,
        help: FunctionHelp("null", "True when x is present (not null).", example: "is_not_null(3)", result: "true"),
        type: { _ in (.bool, .plain) },
        row: { vals in .bool(!vals[0].isNull) }), aliases: ["notnull", "is_present"])

    // MARK: display format

    func formatTag(_ name: String, _ format: ValueFormat, _ summary: String, example: String, result: String) {
        r.add(ScalarFunction(name, params: [.required("x")],
            help: FunctionHelp("format", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in try Types.numeric(args[0], name); return (args[0].type, format) },
            row: { vals in vals[0] }))
    }
    formatTag("as_percent", .percent, "x unchanged, shown as a percentage (0.657 shows as 65.7%).", example: "as_percent(0.657)", result: "0.657")
    r.add(ScalarFunction("as_money", params: [.required("x"), .optional("unit", .text("£"))],
        help: FunctionHelp("format", "x unchanged, shown as money (£1,639.8). unit says what x counts: \"£\" (pounds, the default), \"£000s\" (thousands, shown £1,639.8k), \"£m\" or \"£bn\".",
                           example: "as_money(1639.8, \"£000s\")", result: "1639.8"),
        type: { args throws(FunctionTypeError) in
            try Types.numeric(args[0], "as_money")
            guard args.count > 1 else { return (args[0].type, .money) }
            guard case .text(let unit)? = args[1].constant,
                  case .success(let style) = DisplayStyle.parse(unit), case .money(let u)? = style.shape, style.places == nil else {
                throw FunctionTypeError("the unit must be \"£\", \"£000s\", \"£m\" or \"£bn\"", argument: 1)
            }
            return (args[0].type, .money(unit: u))
        },
        row: { vals in vals[0] }))
    r.add(ScalarFunction("shown_as", params: [.required("x"), .required("format")],
        help: FunctionHelp("format", "x unchanged, shown with a display format such as \"£m 1dp\", \"% 0dp\", \"date\", \"rag\" or \"arrow\" (docs/reports.md lists the words). `| format x = \"…\"` does the same for a column.",
                           example: "shown_as(0.657, \"% 0dp\")", result: "0.657"),
        type: { args throws(FunctionTypeError) in
            guard case .text(let spec)? = args[1].constant else {
                throw FunctionTypeError("the format must be constant text such as \"£m 1dp\"", argument: 1)
            }
            switch DisplayStyle.parse(spec) {
            case .failure(let e): throw FunctionTypeError(e.message + "; format words: " + DisplayStyle.vocabulary, argument: 1)
            case .success(let style):
                if let problem = style.problem(showing: args[0].type) { throw FunctionTypeError(problem, argument: 0) }
                return (args[0].type, args[0].format.applying(style))
            }
        },
        row: { vals in vals[0] }))
    formatTag("as_number", .plain, "x unchanged, shown as a plain number (drops a £ or % display format).", example: "as_number(5%)", result: "0.05")
}
