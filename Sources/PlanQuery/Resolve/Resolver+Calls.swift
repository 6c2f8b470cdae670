/// Resolution, calls: argument slotting, built-ins and user-function expansion.
extension Resolver {
    mutating func bindCall(_ name: String, _ args: [CallArgument], filter: Expr?, _ e: Expr, _ scope: Scope) throws -> BoundExpr {
        if let fn = env.functions[name] {
            if filter != nil { throw error(.syntax, "`where` after a call only applies to aggregates", e.span) }
            return try expandUserFunction(fn, args, e, scope)
        }
        // Sugar: `sum_if(x, cond)`, `count_if(cond)`, `avg_if(x, cond)` are `f(x) where cond`.
        if name.hasSuffix("_if"), env.registry.lookup(name) == nil, let base = env.registry.lookup(String(name.dropLast(3))),
           case .aggregate = base, filter == nil, !args.isEmpty {
            let cond = args.last!.value
            let rest = Array(args.dropLast())
            return try bindCall(base.name, rest, filter: cond, e, scope)
        }
        guard let entry = env.registry.lookup(name) else {
            let candidates = env.registry.allNames + Array(env.functions.keys)
            var hints: [String] = []
            if let planq = Lint.functionAliases[name.lowercased()] { hints.append("planq writes \(planq)") }
            else if let near = closestNames(to: name, in: candidates).first { hints.append("did you mean `\(near)`?") }
            hints.append("`help` lists the functions")
            throw error(.name, "unknown function `\(name)`", Span(file: e.span.file, start: e.span.start, end: e.span.start + name.utf8.count), hints: hints)
        }
        let params = entry.params
        // Arrange positional and named arguments by parameter.
        var slots = [Expr?](repeating: nil, count: params.count)
        var extra: [Expr] = []
        var variadic = false
        if case .scalar(let f) = entry { variadic = f.variadic }
        for (i, arg) in args.enumerated() {
            if let n = arg.name {
                guard let p = params.firstIndex(where: { $0.name == n }) else {
                    throw error(.name, "\(entry.name) has no parameter `\(n)`", arg.value.span,
                                hints: ["parameters: " + params.map(\.name).joined(separator: ", ")])
                }
                if slots[p] != nil { throw error(.syntax, "parameter `\(n)` is given twice", arg.value.span) }
                slots[p] = arg.value
            } else if i < params.count {
                slots[i] = arg.value
            } else if variadic {
                extra.append(arg.value)
            } else {
                throw error(.type, "\(entry.name) takes at most \(params.count) argument\(params.count == 1 ? "" : "s")", arg.value.span,
                            hints: ["usage: " + entry.signature])
            }
        }
        if filter != nil, case .aggregate = entry {} else if let filter {
            throw error(.syntax, "`where` after a call only applies to aggregates; \(entry.name) is a \(entry.kindName) function", filter.span)
        }
        let argScope: Scope
        switch (entry, scope.mode) {
        case (.aggregate, .row):
            throw error(.type, "aggregate `\(entry.name)` cannot be used in \(scope.clause)", e.span,
                        hints: ["use it in `summarize`, or in `derive`/`where` where it covers the whole table or group"])
        case (.window, .row), (.window, .aggregate):
            throw error(.type, "window function `\(entry.name)` cannot be used in \(scope.clause)", e.span,
                        hints: ["use it in `derive` or `select`; inside `group k (...)` it runs per group"])
        case (.aggregate, _), (.window, _):
            var s = scope
            s.mode = .row
            if case .aggregate = scope.mode { s.clause = "an aggregate's argument" }
            s.clause = "the argument of \(entry.name)"
            argScope = s
        default:
            argScope = scope
        }
        var bound: [BoundExpr] = []
        for (i, p) in params.enumerated() {
            if let a = slots[i] {
                var b = try bindExpr(a, argScope)
                if p.constantOnly, !b.isConstant {
                    throw error(.type, "\(entry.name)'s `\(p.name)` must be a constant", a.span)
                }
                if p.constantOnly { b = fold(b) }
                bound.append(b)
            } else if p.optional {
                if params[i...].allSatisfy({ $0.optional }), slots[i...].allSatisfy({ $0 == nil }), extra.isEmpty,
                   p.defaultValue?.isNull ?? true {
                    break  // trailing optional parameters without defaults are simply absent
                }
                let v = p.defaultValue ?? .null
                bound.append(BoundExpr(.literal(v), type: v.type, span: e.span))
            } else {
                throw error(.type, "\(entry.name) needs `\(p.name)`", e.span, hints: ["usage: " + entry.signature])
            }
        }
        for a in extra { bound.append(try bindExpr(a, argScope)) }
        let infos = bound.map { b -> ArgInfo in
            var constant: Value? = nil
            if b.isConstant, case .literal(let v) = b.kind { constant = v }
            return ArgInfo(type: b.type, format: b.format, constant: constant)
        }
        let rule: TypeRule
        switch entry {
        case .scalar(let f): rule = f.typeRule
        case .aggregate(let f): rule = f.typeRule
        case .window(let f): rule = f.typeRule
        }
        let (type, format): (DataType, ValueFormat)
        do {
            (type, format) = try rule(infos)
        } catch {
            let at = error.argument.flatMap { $0 < bound.count ? bound[$0].span : nil } ?? e.span
            throw self.error(.type, error.message, at, hints: ["usage: " + entry.signature])
        }
        switch entry {
        case .scalar(let f):
            return fold(BoundExpr(.call(f, bound), type: type, format: format, span: e.span))
        case .aggregate(let f):
            var boundFilter: BoundExpr? = nil
            if let filter {
                boundFilter = try bindExpr(filter, argScope)
                try expectBool(boundFilter!, "where")
            }
            let agg = BoundExpr(.aggregate(f, bound, filter: boundFilter), type: type, format: format, span: e.span)
            switch scope.mode {
            case .window(let c), .aggregate(let c, _, _): return c.add(agg)
            case .row: throw error(.type, "aggregate in a row expression", e.span)
            }
        case .window(let f):
            let w = BoundExpr(.window(f, bound), type: type, format: format, span: e.span)
            if case .window(let c) = scope.mode { return c.add(w) }
            throw error(.type, "window function `\(f.name)` cannot be used here", e.span)
        }
    }

    mutating func expandUserFunction(_ fn: UserFunction, _ args: [CallArgument], _ e: Expr, _ scope: Scope) throws -> BoundExpr {
        if functionDepth > 32 {
            throw error(.type, "function `\(fn.name)` calls itself too deeply (recursion is not supported)", e.span)
        }
        var values = [Expr?](repeating: nil, count: fn.parameters.count)
        for (i, arg) in args.enumerated() {
            let slot: Int
            if let n = arg.name {
                guard let p = fn.parameters.firstIndex(where: { $0.name == n }) else {
                    throw error(.name, "\(fn.name) has no parameter `\(n)`", arg.value.span,
                                hints: ["parameters: " + fn.parameters.map(\.name).joined(separator: ", ")])
                }
                slot = p
            } else {
                guard i < fn.parameters.count else {
                    throw error(.type, "\(fn.name) takes \(fn.parameters.count) argument\(fn.parameters.count == 1 ? "" : "s")", arg.value.span)
                }
                slot = i
            }
            values[slot] = arg.value
        }
        var params: [String: ParamArgument] = [:]
        for (i, p) in fn.parameters.enumerated() {
            if let v = values[i] { params[p.name] = ParamArgument(expr: v, callerParams: scope.params); continue }
            guard let d = p.defaultValue else {
                throw error(.type, "\(fn.name) needs `\(p.name)`", e.span,
                            hints: ["usage: \(fn.name)(" + fn.parameters.map(\.name).joined(separator: ", ") + ")"])
            }
            params[p.name] = ParamArgument(expr: d, callerParams: [:])
        }
        var inner = scope
        inner.params = params
        functionDepth += 1
        defer { functionDepth -= 1 }
        do {
            return try bindExpr(fn.body, inner)
        } catch let err as PlanQueryError {
            var d = err.diagnostics[0]
            let body = fn.body.span
            guard let at = d.span, at.file === body.file, at.start >= body.start, at.end <= body.end else { throw err }
            if StandardLibrary.isModuleFile(body.file.name) {
                // The standard library is compiled in, not a file the user has: point at the call.
                d.message = "\(FunctionDocs.signature(of: fn)): \(d.message)"
                d.span = e.span
                d.hints.append("where: `\(at.text)` in `\(fn.name)`'s definition (\(body.file.name):\(body.file.location(of: at.start).line))")
            } else {
                // Point at the body, and mention the call.
                d.hints.append("in the body of `\(fn.name)`, called at \(e.span)")
            }
            throw PlanQueryError([d] + err.diagnostics.dropFirst())
        }
    }
}
