/// Resolution, join: keys, residual conditions, output columns.
extension Resolver {
    mutating func bindJoin(_ kind: JoinKind, _ relation: Relation, alias: String?, _ condition: JoinCondition,
                           input: QueryPlan, _ t: Transform) throws -> QueryPlan {
        var right = try bind(relation)
        let rightName: String? = alias ?? {
            switch relation {
            case .named(let n, _): return n
            case .file(let p, _): return fileStem(p)
            default: return nil
            }
        }()
        if let alias { right = QueryPlan(right.node, schema: right.schema.map { withQualifier($0, alias) }, span: right.span) }
        let leftName = input.schema.first?.qualifier
        var leftKeys: [BoundExpr] = []
        var rightKeys: [BoundExpr] = []
        var residual: BoundExpr? = nil
        var usingPairs: [(Int, Int)] = []
        switch condition {
        case .using(let names):
            for (name, span) in names {
                guard let li = input.schema.firstIndex(where: { $0.name == name }) else {
                    throw error(.name, "the left side has no column `\(name)` to join on", span,
                                hints: closestNames(to: name, in: input.schema.map(\.name)).map { "did you mean `\($0)`?" })
                }
                guard let ri = right.schema.firstIndex(where: { $0.name == name }) else {
                    throw error(.name, "`\(rightName ?? "the right side")` has no column `\(name)` to join on", span,
                                hints: closestNames(to: name, in: right.schema.map(\.name)).map { "did you mean `\($0)`?" }
                                    + ["join on differently named columns with: on left.a == right.b"])
                }
                try checkJoinable(input.schema[li].type, right.schema[ri].type, name, span)
                leftKeys.append(BoundExpr(.column(li), type: input.schema[li].type, span: span))
                rightKeys.append(BoundExpr(.column(ri), type: right.schema[ri].type, span: span))
                usingPairs.append((li, ri))
            }
        case .expression(let e):
            let combined = input.schema + right.schema
            let scope = Scope(columns: combined, mode: .row, join: (input.schema.count, leftName, rightName), clause: "join")
            let cond = try bindExpr(e, scope)
            try expectBool(cond, "join ... on")
            var rest: [BoundExpr] = []
            for part in conjuncts(cond) {
                if case .binary(.eq, let a, let b) = part.kind {
                    let ua = a.columnsUsed, ub = b.columnsUsed
                    let n = input.schema.count
                    if !ua.isEmpty, !ub.isEmpty, ua.allSatisfy({ $0 < n }), ub.allSatisfy({ $0 >= n }) {
                        leftKeys.append(a); rightKeys.append(shift(b, by: -n)); continue
                    }
                    if !ua.isEmpty, !ub.isEmpty, ub.allSatisfy({ $0 < n }), ua.allSatisfy({ $0 >= n }) {
                        leftKeys.append(b); rightKeys.append(shift(a, by: -n)); continue
                    }
                }
                rest.append(part)
            }
            if leftKeys.isEmpty {
                throw error(.type, "a join needs at least one `left.column == right.column` condition", e.span)
            }
            residual = rest.reduce(nil) { acc, p in
                acc.map { BoundExpr(.binary(.and, $0, p), type: .bool, span: p.span) } ?? p
            }
        }
        // Output columns.
        var output: [JoinOutputColumn] = []
        var schema: [ColumnInfo] = []
        let rightUsing = Set(usingPairs.map(\.1))
        for (i, c) in input.schema.enumerated() {
            if kind == .full, let pair = usingPairs.first(where: { $0.0 == i }) {
                output.append(JoinOutputColumn(side: .coalesced, leftIndex: i, rightIndex: pair.1))
            } else {
                output.append(JoinOutputColumn(side: .left, leftIndex: i, rightIndex: nil))
            }
            schema.append(c)
        }
        if kind != .semi, kind != .anti {
            let leftNames = Set(input.schema.map(\.name))
            for (j, c) in right.schema.enumerated() where !rightUsing.contains(j) {
                var info = c
                if leftNames.contains(c.name) || schema.contains(where: { $0.name == c.name }) {
                    info.name = "\(rightName ?? "right").\(c.name)"
                }
                info.qualifier = rightName
                output.append(JoinOutputColumn(side: .right, leftIndex: nil, rightIndex: j))
                schema.append(info)
            }
        }
        return QueryPlan(.join(input, right, kind, leftKeys: leftKeys, rightKeys: rightKeys, residual: residual, output: output),
                    schema: schema, span: t.span)
    }

    func checkJoinable(_ a: DataType, _ b: DataType, _ name: String, _ span: Span) throws {
        if a == b || a == .null || b == .null || (a.isNumeric && b.isNumeric) { return }
        throw error(.type, "cannot join \(a.displayName) `\(name)` with \(b.displayName) `\(name)`", span)
    }

    func conjuncts(_ e: BoundExpr) -> [BoundExpr] {
        if case .binary(.and, let a, let b) = e.kind { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    func shift(_ e: BoundExpr, by delta: Int) -> BoundExpr {
        var e = e
        switch e.kind {
        case .column(let i): e.kind = .column(i + delta)
        case .literal: break
        case .unary(let op, let a): e.kind = .unary(op, shift(a, by: delta))
        case .convert(let a, let t): e.kind = .convert(shift(a, by: delta), t)
        case .binary(let op, let a, let b): e.kind = .binary(op, shift(a, by: delta), shift(b, by: delta))
        case .call(let f, let args): e.kind = .call(f, args.map { shift($0, by: delta) })
        case .list(let items): e.kind = .list(items.map { shift($0, by: delta) })
        case .ifThenElse(let a, let b, let c): e.kind = .ifThenElse(shift(a, by: delta), shift(b, by: delta), shift(c, by: delta))
        case .caseWhen(let arms, let other): e.kind = .caseWhen(arms.map { (shift($0.0, by: delta), shift($0.1, by: delta)) }, shift(other, by: delta))
        case .inList(let a, let items, let neg): e.kind = .inList(shift(a, by: delta), items.map { shift($0, by: delta) }, negated: neg)
        case .aggregate, .window: break
        }
        return e
    }
}
