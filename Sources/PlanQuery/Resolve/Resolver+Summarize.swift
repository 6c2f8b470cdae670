/// Resolution, summarize: keys and aggregates.
extension Resolver {
    mutating func bindSummarize(_ items: [NamedExpr], by: [NamedExpr], input: QueryPlan, _ t: Transform) throws -> QueryPlan {
        var keys: [BoundExpr] = []
        var keyNames: [String] = []
        for k in by {
            let e = try bindExpr(k.expr, Scope(columns: input.schema, mode: .row, clause: "by"))
            let name = k.name ?? derivedName(k.expr, e, input.schema)
            if keyNames.contains(name) { throw error(.name, "`\(name)` is listed twice after `by`", k.expr.span) }
            keys.append(e)
            keyNames.append(name)
        }
        let collector = Collector(base: keys.count)
        var exprs: [BoundExpr] = []
        var names: [String] = []
        for item in items {
            let e = try bindExpr(item.expr, Scope(columns: input.schema, mode: .aggregate(collector, keys: keys, keyNames: keyNames), clause: "summarize"))
            var name = item.name ?? derivedName(item.expr, e, input.schema)
            if item.name == nil, case .call(_, let args, _) = item.expr.kind, args.isEmpty, names.contains(name) { name += "_\(names.count + 1)" }
            if names.contains(name) || keyNames.contains(name) {
                throw error(.name, "column `\(name)` appears twice in the result of summarize", item.nameSpan ?? item.expr.span,
                            hints: ["name it: `other_name = ...`"])
            }
            names.append(name)
            exprs.append(e)
        }
        var aggSchema = zip(keyNames, keys).map { ColumnInfo(name: $0, type: $1.type, format: $1.format, qualifier: qualifierOf($1, input.schema)) }
        for (k, e) in collector.items.enumerated() { aggSchema.append(ColumnInfo(name: "_a\(k)", type: e.type, format: e.format)) }
        let agg = QueryPlan(.aggregate(input, keys: keys, aggregates: collector.items), schema: aggSchema, span: t.span)
        var outExprs = keys.indices.map { i in BoundExpr(.column(i), type: keys[i].type, format: keys[i].format, span: nil) }
        outExprs += exprs
        let schema = Array(aggSchema.prefix(keys.count)) + zip(names, exprs).map { ColumnInfo(name: $0, type: $1.type, format: $1.format) }
        return QueryPlan(.project(agg, outExprs), schema: schema, span: t.span)
    }
}
