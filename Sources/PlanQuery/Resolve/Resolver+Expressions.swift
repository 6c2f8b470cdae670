/// Resolution, expressions: names, operators, comparisons and constant folding.
extension Resolver {
    func unknownColumn(_ name: String, _ span: Span, _ schema: [ColumnInfo], extra: [String] = []) -> PlanQueryError {
        let names = schema.map(\.name)
        var hints: [String] = []
        if let near = closestNames(to: name, in: names + extra).first { hints.append("did you mean `\(near)`?") }
        else if !names.isEmpty {
            let shown = names.prefix(15).map { $0.contains(" ") ? "`\($0)`" : $0 }
            hints.append("columns: " + shown.joined(separator: ", ") + (names.count > 15 ? ", ..." : ""))
        }
        if env.tables[name] != nil || env.catalog.contains(name) {
            hints.append("`\(name)` is a table; use it with `from` or `join`")
        }
        // `year` where the financial-year column has another name (`period` in kpis).
        if ["year", "fy", "financial_year", "fin_year", "period", "years"].contains(name.lowercased()),
           let fyColumn = schema.first(where: { $0.type == .fiscalYear && $0.name != name }) {
            hints = ["the financial-year column here is `\(fyColumn.name)`"]
        }
        if name.lowercased().hasPrefix("fy"), let fy = Lint.fiscalYearForm(name) {
            hints = ["financial years are written with a capital FY: \(fy)"]
        }
        return error(.name, "no column `\(name)`", span, hints: hints)
    }

    mutating func bindExpr(_ e: Expr, _ scope: Scope) throws -> BoundExpr {
        try nesting.enter(e.span)
        defer { nesting.leave() }
        boundNodes += 1
        if boundNodes > Limits.maxBoundNodes {
            throw error(.syntax, "expression too large: more than \(Limits.maxBoundNodes) parts once functions are expanded", e.span,
                        hints: ["a function used inside its own argument, such as f(f(f(x))), repeats its body at each level"])
        }
        switch e.kind {
        case .literal(let v, let f):
            return BoundExpr(.literal(v), type: v.type, format: f, span: e.span)

        case .name(let name):
            if let p = scope.params[name] {
                var s = scope
                s.params = p.callerParams
                return try bindExpr(p.expr, s)
            }
            if case .aggregate(_, let keys, let keyNames) = scope.mode {
                if let j = keyNames.firstIndex(of: name) {
                    return BoundExpr(.column(j), type: keys[j].type, format: keys[j].format, span: e.span)
                }
                if let i = scope.columns.firstIndex(where: { $0.name == name }) {
                    if let j = keys.firstIndex(where: { if case .column(i) = $0.kind { return true } else { return false } }) {
                        return BoundExpr(.column(j), type: keys[j].type, format: keys[j].format, span: e.span)
                    }
                    let others = keyNames.isEmpty ? "" : ", " + keyNames.joined(separator: ", ")
                    throw error(.name, "`\(name)` must be inside an aggregate such as sum(\(name)), or listed after `by`", e.span,
                                hints: ["for one row per \(name), list it after `by`: `summarize ... by \(name)\(others)`",
                                        "for one of its values, wrap it in an aggregate: `first(\(name))`, `only(\(name))`"])
                }
            } else if let i = columnIndex(name, qualifier: nil, scope) {
                if env.constants[name] != nil {
                    warn(.warning("`\(name)` is a column here, which hides the constant or parameter `\(name)`", at: e.span,
                                  hints: ["give the parameter another name, e.g. `param selected_\(name) = ...`"]))
                }
                return BoundExpr(.column(i), type: scope.columns[i].type, format: scope.columns[i].format, span: e.span)
            }
            if let c = env.constants[name] {
                return BoundExpr(.literal(c.value), type: c.value.type, format: c.format, span: e.span)
            }
            if Keywords.transforms.contains(name) {
                throw error(.syntax, "`\(name)` is a transform; it goes after `|`", e.span)
            }
            if let open = openPivot {
                // Validation without data: a pivot's columns are unknown; take this name to be one.
                if !unresolvedAfterOpenPivot.contains(name) { unresolvedAfterOpenPivot.append(name) }
                return BoundExpr(.literal(.null), type: open.type, format: open.format, span: e.span)
            }
            throw unknownColumn(name, e.span, scope.columns, extra: Array(env.constants.keys))

        case .qualified(let q, let name):
            if let i = columnIndex(name, qualifier: q, scope) {
                if case .aggregate(_, let keys, _) = scope.mode {
                    if let j = keys.firstIndex(where: { if case .column(i) = $0.kind { return true } else { return false } }) {
                        return BoundExpr(.column(j), type: keys[j].type, format: keys[j].format, span: e.span)
                    }
                    throw error(.name, "`\(q).\(name)` must be inside an aggregate, or listed after `by`", e.span)
                }
                return BoundExpr(.column(i), type: scope.columns[i].type, format: scope.columns[i].format, span: e.span)
            }
            let qualifiers = Set(scope.columns.compactMap(\.qualifier))
            if !qualifiers.contains(q) && !(scope.join != nil && (q == "left" || q == "right")) {
                throw error(.name, "no table `\(q)` in this query", e.span,
                            hints: qualifiers.isEmpty ? [] : ["tables here: " + qualifiers.sorted().joined(separator: ", ")])
            }
            let cols = scope.columns.enumerated().filter { colBelongs($0.offset, $0.element, q, scope) }.map(\.element)
            throw unknownColumn(name, e.span, cols)

        case .unary(let op, let a):
            let x = try bindExpr(a, scope)
            switch op {
            case .not:
                try expectBool(x, "not")
                return fold(BoundExpr(.unary(.not, x), type: .bool, span: e.span))
            case .negate, .plus:
                if !(x.type.isNumeric || x.type == .null) {
                    throw error(.type, "cannot negate \(x.type.displayName)", e.span)
                }
                if op == .plus { return x }
                return fold(BoundExpr(.unary(.negate, x), type: x.type, format: x.format, span: e.span))
            }

        case .binary(let op, let a, let b):
            return try bindBinary(op, a, b, e.span, scope)

        case .list(let items):
            let bound = try items.map { try bindExpr($0, scope) }
            return fold(BoundExpr(.list(bound), type: .list, span: e.span))

        case .ifThenElse(let c, let a, let b):
            let cond = try bindExpr(c, scope)
            try expectBool(cond, "if")
            let x = try bindExpr(a, scope)
            let y = try b.map { try bindExpr($0, scope) } ?? BoundExpr(.literal(.null), type: .null, span: e.span)
            guard let t = DataType.unify(x.type, y.type) else {
                throw error(.type, "the two branches have different types: \(x.type.displayName) and \(y.type.displayName)", e.span)
            }
            return BoundExpr(.ifThenElse(cond, x, y), type: t, format: x.format != .plain ? x.format : y.format, span: e.span)

        case .caseWhen(let arms, let otherwise):
            var bound: [(BoundExpr, BoundExpr)] = []
            var t = DataType.null
            var format = ValueFormat.plain
            for (c, v) in arms {
                let cond = try bindExpr(c, scope)
                try expectBool(cond, "when")
                let val = try bindExpr(v, scope)
                guard let u = DataType.unify(t, val.type) else {
                    throw error(.type, "the branches of `case` have different types: \(t.displayName) and \(val.type.displayName)", v.span)
                }
                t = u
                if format == .plain { format = val.format }
                bound.append((cond, val))
            }
            let other = try otherwise.map { try bindExpr($0, scope) } ?? BoundExpr(.literal(.null), type: .null, span: e.span)
            guard let u = DataType.unify(t, other.type) else {
                throw error(.type, "the `else` of `case` is \(other.type.displayName) but the other branches are \(t.displayName)", other.span)
            }
            return BoundExpr(.caseWhen(bound, other), type: u, format: format, span: e.span)

        case .inList(let a, let listExpr, let negated):
            let x = try bindExpr(a, scope)
            guard case .list(let itemExprs) = listExpr.kind else {
                throw error(.type, "`in` needs a list: x in [1, 2, 3]", listExpr.span)
            }
            var items: [BoundExpr] = []
            for ie in itemExprs {
                let item = try coerceForComparison(try bindExpr(ie, scope), to: x)
                try checkComparable(x, item, .eq, ie.span)
                items.append(item)
            }
            return fold(BoundExpr(.inList(x, items, negated: negated), type: .bool, span: e.span))

        case .between(let a, let lo, let hi, let negated):
            let x = try bindExpr(a, scope)
            let l = try coerceForComparison(try bindExpr(lo, scope), to: x)
            let h = try coerceForComparison(try bindExpr(hi, scope), to: x)
            try checkComparable(x, l, .ge, lo.span)
            try checkComparable(x, h, .le, hi.span)
            let ge = BoundExpr(.binary(.ge, x, l), type: .bool, span: e.span)
            let le = BoundExpr(.binary(.le, x, h), type: .bool, span: e.span)
            let both = BoundExpr(.binary(.and, ge, le), type: .bool, span: e.span)
            return fold(negated ? BoundExpr(.unary(.not, both), type: .bool, span: e.span) : both)

        case .call(let name, let args, let filter):
            return try bindCall(name, args, filter: filter, e, scope)
        }
    }

    func colBelongs(_ i: Int, _ c: ColumnInfo, _ q: String, _ scope: Scope) -> Bool {
        if let j = scope.join {
            if q == "left" { return i < j.leftCount }
            if q == "right" { return i >= j.leftCount }
        }
        return c.qualifier == q
    }

    func columnIndex(_ name: String, qualifier: String?, _ scope: Scope) -> Int? {
        if let q = qualifier {
            // `right.unit` may have been renamed `budgets.unit` in the output; match the original name too.
            return scope.columns.indices.first { i in
                let c = scope.columns[i]
                return colBelongs(i, c, q, scope) && (c.name == name || c.name == "\(q).\(name)" || c.name.hasSuffix(".\(name)"))
            }
        }
        if let i = scope.columns.firstIndex(where: { $0.name == name }) { return i }
        return nil
    }

    /// Folds constant sub-expressions to literals (errors surface at run time instead).
    func fold(_ e: BoundExpr) -> BoundExpr {
        guard e.isConstant, case .literal = e.kind else {
            if e.isConstant, let v = try? Evaluator.constant(e) {
                return BoundExpr(.literal(v), type: e.type == .null ? v.type : e.type, format: e.format, span: e.span)
            }
            return e
        }
        return e
    }

    /// A text constant compared with a date/month/FY column becomes that type: `period == "2008/09"`.
    func coerceForComparison(_ e: BoundExpr, to other: BoundExpr) throws -> BoundExpr {
        guard e.type == .text, [.date, .month, .fiscalYear].contains(other.type), e.isConstant,
              case .literal(let v) = e.kind else { return e }
        let converted = Conversions.convert(v, to: other.type)
        if converted.isNull {
            let example = other.type == .fiscalYear ? "FY2008/09" : other.type == .date ? "@2009-03-31" : "@2009-03"
            throw error(.type, "\(v.literalText) is not a \(other.type == .fiscalYear ? "financial year" : other.type.displayName)", e.span,
                        hints: ["write it as \(example)"])
        }
        return BoundExpr(.literal(converted), type: other.type, span: e.span)
    }

    func checkComparable(_ a: BoundExpr, _ b: BoundExpr, _ op: BinaryOp, _ span: Span) throws {
        let x = a.type, y = b.type
        if x == .null || y == .null || x == y || (x.isNumeric && y.isNumeric) { return }
        var hints: [String] = []
        if x == .fiscalYear && y.isNumeric || y == .fiscalYear && x.isNumeric {
            let number = x == .fiscalYear ? b : a
            let year = x == .fiscalYear ? a : b
            let spelled = number.span?.text.filter { !$0.isWhitespace } ?? ""
            if let fy = Lint.fiscalYearForm(spelled), spelled.contains("/") || spelled.contains("-") {
                hints.append("`\(spelled)` is arithmetic on two numbers; the financial year is written \(fy)")
            } else if let fy = Lint.fiscalYearForm(spelled), let yearText = year.span?.text {
                hints.append("write the financial year as \(fy), or compare its starting year: `year(\(yearText)) == \(spelled)`")
            } else {
                hints.append("financial years are written FY2008/09; year(x) gives the starting year as a number")
            }
        }
        if x == .text && y.isNumeric || y == .text && x.isNumeric {
            hints.append("to_number(text) converts text such as \"£1,639.8\" to a number")
        }
        throw error(.type, "cannot compare \(x.displayName) with \(y.displayName) using `\(op.rawValue)`", span, hints: hints)
    }

    mutating func bindBinary(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ span: Span, _ scope: Scope) throws -> BoundExpr {
        var x = try bindExpr(a, scope)
        var y: BoundExpr
        do {
            y = try bindExpr(b, scope)
        } catch var e as PlanQueryError where op.isComparison && x.type == .text {
            // `unit == Libraries`: a bare word compared with text was meant as text.
            if case .name(let word) = b.kind, e.diagnostics.count == 1, e.diagnostics[0].kind == .name {
                e.diagnostics[0].hints.removeAll { $0.hasPrefix("columns: ") }
                e.diagnostics[0].hints.insert("to compare with the text, put it in quotes: `\(a.span.text) \(op.rawValue) \"\(word)\"`", at: 0)
            }
            throw e
        }
        switch op {
        case .and, .or:
            try expectBool(x, op.rawValue)
            // `unit == "A" or "B"`: the second value needs its own comparison.
            if y.type == .text, case .literal(.text(let second)) = y.kind,
               case .binary(.eq, let left, let right) = a.kind, case .literal(.text(let first), _) = right.kind {
                let column = left.span.text
                throw error(.type, "the condition of `\(op.rawValue)` must be true or false, but \"\(second)\" is text", b.span,
                            hints: ["each value needs its own comparison: `\(column) == \"\(first)\" \(op.rawValue) \(column) == \"\(second)\"`, or `\(column) in [\"\(first)\", \"\(second)\"]`"])
            }
            try expectBool(y, op.rawValue)
            return fold(BoundExpr(.binary(op, x, y), type: .bool, span: span))
        case .eq, .ne, .lt, .le, .gt, .ge:
            x = try coerceForComparison(x, to: y)
            y = try coerceForComparison(y, to: x)
            try checkComparable(x, y, op, span)
            lintComparison(op, a, b, x, y, span, scope)
            return fold(BoundExpr(.binary(op, x, y), type: .bool, span: span))
        case .coalesce:
            guard let t = DataType.unify(x.type, y.type) else {
                throw error(.type, "`??` needs both sides of one type: \(x.type.displayName) and \(y.type.displayName)", span)
            }
            return fold(BoundExpr(.binary(.coalesce, x, y), type: t, format: x.format != .plain ? x.format : y.format, span: span))
        case .regexMatch:
            if x.type != .text && x.type != .null { throw error(.type, "`~=` needs text on the left, not \(x.type.displayName)", a.span) }
            guard y.isConstant, case .literal(.text(let pattern)) = fold(y).kind else {
                throw error(.type, "`~=` needs a quoted pattern on the right", b.span)
            }
            do { _ = try PatternMatcher(pattern) } catch {
                throw self.error(.syntax, "invalid regular expression: \(error.message)", b.span)
            }
            return BoundExpr(.binary(.regexMatch, x, y), type: .bool, span: span)
        case .add, .subtract, .multiply, .divide, .modulo:
            lintLiteralArithmetic(a, b, span, scope)
            guard let t = TypeRules.arithmeticType(op, x.type, y.type) else {
                var hints: [String] = []
                if x.type == .text || y.type == .text {
                    hints.append(op == .add ? "both sides must be text to join text with `+`" : "to_number(text) converts text such as \"£1,639.8\" to a number")
                }
                throw error(.type, "cannot apply `\(op.rawValue)` to \(x.type.displayName) and \(y.type.displayName)", span, hints: hints)
            }
            return fold(BoundExpr(.binary(op, x, y), type: t, format: TypeRules.arithmeticFormat(op, x.format, y.format), span: span))
        }
    }
}
