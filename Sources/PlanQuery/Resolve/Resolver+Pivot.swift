/// Resolution, pivot: long to wide.
extension Resolver {
    mutating func bindPivot(_ keyExpr: Expr, _ valueExpr: Expr, by: [NamedExpr], input: QueryPlan, _ t: Transform) throws -> QueryPlan {
        let rowScope = Scope(columns: input.schema, mode: .row, clause: "pivot")
        let key = try bindExpr(keyExpr, rowScope)
        guard case .column(let pivotColumn) = key.kind else {
            throw error(.type, "pivot needs a column whose values become the new column names", keyExpr.span)
        }
        let aggregate: BoundExpr
        let isPlainColumn: Bool
        switch valueExpr.kind {
        case .name, .qualified: isPlainColumn = true
        default: isPlainColumn = false
        }
        if isPlainColumn {
            // A plain column: each cell must hold one value (`only` says which cell has two).
            let plain = try bindExpr(valueExpr, rowScope)
            guard case .aggregate(let only)? = env.registry.lookup("only") else { throw error(.name, "internal error: no `only`", valueExpr.span) }
            aggregate = BoundExpr(.aggregate(only, [plain], filter: nil), type: plain.type, format: plain.format, span: valueExpr.span)
        } else {
            let collector = Collector(base: 0)
            let value = try bindExpr(valueExpr, Scope(columns: input.schema, mode: .aggregate(collector, keys: [], keyNames: []), clause: "pivot"))
            guard collector.items.count == 1, case .column = value.kind else {
                throw error(.type, "pivot's value must be a column or one aggregate such as sum(value)", valueExpr.span)
            }
            aggregate = collector.items[0]
        }
        let usedByValue = aggregate.columnsUsed
        var keys: [Int] = []
        if by.isEmpty {
            keys = input.schema.indices.filter { $0 != pivotColumn && !usedByValue.contains($0) }
        } else {
            for b in by {
                let e = try bindExpr(b.expr, rowScope)
                guard case .column(let i) = e.kind else { throw error(.type, "pivot ... by needs column names", b.expr.span) }
                keys.append(i)
            }
        }
        // The new columns are the distinct key values, in order: only the data knows them.
        let keyPlan = QueryPlan(.distinct(projectColumns(input, [pivotColumn], nil), keys: [0]), schema: [input.schema[pivotColumn]], span: t.span)
        let values: [Value]
        if let found = try pivotKeys.distinctValues(keyPlan) {
            values = found
        } else {
            values = assumedPivotColumns.map(Value.text)
            openPivot = ColumnInfo(name: "", type: aggregate.type, format: aggregate.format)
        }
        if values.count > 1000 {
            throw error(.data, "pivot would create \(values.count) columns; pivot on a column with fewer distinct values", keyExpr.span)
        }
        var schema = keys.map { input.schema[$0] }
        for v in values {
            let name = v.description
            if schema.contains(where: { $0.name == name }) {
                throw error(.name, "pivot column `\(name)` clashes with an existing column", keyExpr.span)
            }
            schema.append(ColumnInfo(name: name, type: aggregate.type, format: aggregate.format))
        }
        return QueryPlan(.pivot(input, keys: keys, pivotColumn: pivotColumn, value: aggregate, columns: values), schema: schema, span: t.span)
    }
}
