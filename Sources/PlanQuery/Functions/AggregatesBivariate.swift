/// Two-variable statistics: correlation, covariance and least-squares regression of y on x.
/// Arguments follow SQL: the dependent variable y first, then x. Rows where either is null
/// are skipped; results are floats.

struct PairMoments {
    var n: Double
    var mx: Double, my: Double
    var sxx: Double, syy: Double, sxy: Double

    /// `p` holds values shifted by (shiftY, shiftX); sums of squares do not depend on the shift,
    /// the means have it added back.
    init(_ p: [(y: Double, x: Double)], shiftY: Double = 0, shiftX: Double = 0) {
        n = Double(p.count)
        mx = AggregateKit.mean(p.map(\.x))
        my = AggregateKit.mean(p.map(\.y))
        sxx = 0; syy = 0; sxy = 0
        defer { mx += shiftX; my += shiftY }
        for (y, x) in p {
            let dx = x - mx, dy = y - my
            sxx += dx * dx
            syy += dy * dy
            sxy += dx * dy
        }
    }
}

func registerBivariateAggregates(_ r: inout FunctionRegistry) {
    func add(_ name: String, _ summary: String, example: String, result: String, aliases: [String] = [],
             keepFormat: Bool = false, minCount: Int = 1, _ f: @escaping @Sendable (PairMoments) -> Double?) {
        r.add(AggregateFunction(name, params: [.required("y"), .required("x")],
            help: FunctionHelp("statistics", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in
                try Types.numeric(args[0], name)
                try Types.numeric(args[1], name, argument: 1)
                return (.float, keepFormat ? args[0].format : .plain)
            },
            evaluate: { args, groups, _ in
                let (pairs, sy, sx) = AggregateKit.pairs(args[0], args[1], groups)
                return AggregateKit.floats(pairs.map { p in
                    p.count < minCount ? nil : f(PairMoments(p, shiftY: sy, shiftX: sx))
                }, format: keepFormat ? args[0].format : .plain)
            }), aliases: aliases)
    }
    let table = "from [[1, 2], [3, 4], [4, 8], [6, 9]]"

    add("corr", "Pearson correlation coefficient of y and x; null for fewer than 2 pairs or when either does not vary.",
        example: "\(table) | summarize r = corr(value1, value2)", result: "0.94505543276168", aliases: ["cor", "pearson"], minCount: 2) { m in
        m.sxx > 0 && m.syy > 0 ? m.sxy / (m.sxx * m.syy).squareRoot() : nil
    }
    add("covar_samp", "Sample covariance Σ(x − x̄)(y − ȳ) / (n − 1); null for fewer than 2 pairs.",
        example: "\(table) | summarize c = covar_samp(value1, value2)", result: "6.5", aliases: ["covar", "cov", "scov"], minCount: 2) { m in
        m.sxy / (m.n - 1)
    }
    add("covar_pop", "Population covariance Σ(x − x̄)(y − ȳ) / n.",
        example: "\(table) | summarize c = covar_pop(value1, value2)", result: "4.875", aliases: ["pcov"]) { m in
        m.sxy / m.n
    }
    add("regr_slope", "Slope of the least-squares line y = slope·x + intercept; null when x does not vary.",
        example: "\(table) | summarize b = regr_slope(value1, value2)", result: "0.5954198473282443", minCount: 2) { m in
        m.sxx > 0 ? m.sxy / m.sxx : nil
    }
    add("regr_intercept", "Intercept of the least-squares line of y on x; null when x does not vary.",
        example: "\(table) | summarize a = regr_intercept(value1, value2)", result: "0.07633587786259532", keepFormat: true, minCount: 2) { m in
        m.sxx > 0 ? m.my - m.sxy / m.sxx * m.mx : nil
    }
    add("regr_r2", "Coefficient of determination of the line of y on x (corr²); 1 when y does not vary, null when x does not vary.",
        example: "\(table) | summarize r2 = regr_r2(value1, value2)", result: "0.8931297709923665", minCount: 2) { m in
        guard m.sxx > 0 else { return nil }
        if m.syy == 0 { return 1 }
        return (m.sxy * m.sxy) / (m.sxx * m.syy)
    }
    add("regr_avgx", "Mean of x over the rows where both y and x are present.",
        example: "\(table) | summarize mx = regr_avgx(value1, value2)", result: "5.75") { m in m.mx }
    add("regr_avgy", "Mean of y over the rows where both y and x are present.",
        example: "\(table) | summarize my = regr_avgy(value1, value2)", result: "3.5", keepFormat: true) { m in m.my }
    add("regr_sxx", "Σ(x − x̄)² over the rows where both are present.",
        example: "\(table) | summarize s = regr_sxx(value1, value2)", result: "32.75") { m in m.sxx }
    add("regr_syy", "Σ(y − ȳ)² over the rows where both are present.",
        example: "\(table) | summarize s = regr_syy(value1, value2)", result: "13") { m in m.syy }
    add("regr_sxy", "Σ(x − x̄)(y − ȳ) over the rows where both are present.",
        example: "\(table) | summarize s = regr_sxy(value1, value2)", result: "19.5") { m in m.sxy }

    r.add(AggregateFunction("regr_count", params: [.required("y"), .required("x")],
        help: FunctionHelp("statistics", "Number of rows where both y and x are present (the n of the regression).",
                           example: "from [[1, 2], [null, 4], [4, null], [6, 9]] | summarize n = regr_count(value1, value2)", result: "2"),
        type: { _ in (.int, .plain) },
        evaluate: { args, groups, _ in
            var n = [Int](repeating: 0, count: groups.count)
            for r in 0..<args[0].count where groups.groupOf[r] >= 0 && !args[0].isNull(r) && !args[1].isNull(r) { n[Int(groups.groupOf[r])] += 1 }
            return Column(storage: .int(n), nulls: nil, count: groups.count)
        }))
}
