/// Plan-to-plan passes between binding and execution. Each pass keeps the answer exactly and
/// changes only how it is computed:
///
/// - `pruneColumns`: each scan reads only the columns the rest of the plan uses (typing is
///   most of the cost of loading a wide file).
/// - `topN`: `sort | take n` becomes one `topN` node that selects the first n rows without
///   sorting them all.
///
/// The SQL lowering reads the optimised plan too, so a pass must produce nodes it can read.
package enum Optimizer {
    package static func optimize(_ plan: QueryPlan) -> QueryPlan {
        let withTopN = topN(plan)
        return pruneColumns(withTopN, required: Set(withTopN.schema.indices))
    }

    // MARK: top-N

    static func topN(_ plan: QueryPlan) -> QueryPlan {
        let rebuilt = plan.mapInputs(topN)
        if case .limit(let input, let n) = rebuilt.node, case .sort(let inner, let keys) = input.node {
            return QueryPlan(.topN(inner, keys, count: n), schema: rebuilt.schema, span: rebuilt.span)
        }
        return rebuilt
    }

    // MARK: column pruning

    /// Rebuilds `plan` so that its scans read only what is needed to produce the `required`
    /// output columns (indices into `plan.schema`). Columns not required may come out as
    /// placeholders; nothing above reads them.
    static func pruneColumns(_ plan: QueryPlan, required: Set<Int>) -> QueryPlan {
        var groupInputNeeds = Set<Int>()
        return prune(plan, required, &groupInputNeeds)
    }

    /// `groupInputNeeds` collects what a `group` body reads from its `groupInput`.
    private static func prune(_ plan: QueryPlan, _ required: Set<Int>, _ groupInputNeeds: inout Set<Int>) -> QueryPlan {
        func rebuild(_ node: QueryNode) -> QueryPlan { QueryPlan(node, schema: plan.schema, span: plan.span) }
        func uses(_ exprs: [BoundExpr]) -> Set<Int> { exprs.reduce(into: Set<Int>()) { $0.formUnion($1.columnsUsed) } }
        func all(_ p: QueryPlan) -> Set<Int> { Set(p.schema.indices) }

        switch plan.node {
        case .scan(let source, _):
            if required.count == plan.schema.count || required.contains(where: { $0 >= plan.schema.count }) {
                return rebuild(.scan(source, columns: nil))
            }
            return rebuild(.scan(source, columns: Set(required.map { plan.schema[$0].name })))
        case .groupInput:
            groupInputNeeds.formUnion(required)
            return plan
        case .values:
            return plan
        case .filter(let input, let predicate):
            return rebuild(.filter(prune(input, required.union(predicate.columnsUsed), &groupInputNeeds), predicate))
        case .project(let input, let exprs):
            return rebuild(.project(prune(input, uses(exprs), &groupInputNeeds), exprs))
        case .window(let input, let items):
            let passed = required.filter { $0 < input.schema.count }
            return rebuild(.window(prune(input, passed.union(uses(items)), &groupInputNeeds), items))
        case .sort(let input, let keys):
            return rebuild(.sort(prune(input, required.union(uses(keys.map(\.expr))), &groupInputNeeds), keys))
        case .topN(let input, let keys, let n):
            return rebuild(.topN(prune(input, required.union(uses(keys.map(\.expr))), &groupInputNeeds), keys, count: n))
        case .limit(let input, let n):
            return rebuild(.limit(prune(input, required, &groupInputNeeds), n))
        case .aggregate(let input, let keys, let aggregates):
            return rebuild(.aggregate(prune(input, uses(keys + aggregates), &groupInputNeeds), keys: keys, aggregates: aggregates))
        case .join(let left, let right, let kind, let leftKeys, let rightKeys, let residual, let output):
            var needLeft = uses(leftKeys), needRight = uses(rightKeys)
            if let residual {
                for i in residual.columnsUsed {
                    if i < left.schema.count { needLeft.insert(i) } else { needRight.insert(i - left.schema.count) }
                }
            }
            for i in required where i < output.count {
                if let l = output[i].leftIndex { needLeft.insert(l) }
                if let r = output[i].rightIndex { needRight.insert(r) }
            }
            return rebuild(.join(prune(left, needLeft, &groupInputNeeds), prune(right, needRight, &groupInputNeeds), kind,
                                 leftKeys: leftKeys, rightKeys: rightKeys, residual: residual, output: output))
        case .distinct(let input, let keys):
            return rebuild(.distinct(prune(input, required.union(keys), &groupInputNeeds), keys: keys))
        case .append(let left, let right, let lc, let rc):
            let needLeft = Set(required.compactMap { $0 < lc.count ? lc[$0] : nil })
            let needRight = Set(required.compactMap { $0 < rc.count ? rc[$0] : nil })
            return rebuild(.append(prune(left, needLeft, &groupInputNeeds), prune(right, needRight, &groupInputNeeds),
                                   leftColumns: lc, rightColumns: rc))
        case .pivot(let input, let keys, let pivotColumn, let value, let columns):
            let need = Set(keys).union([pivotColumn]).union(value.columnsUsed)
            return rebuild(.pivot(prune(input, need, &groupInputNeeds), keys: keys, pivotColumn: pivotColumn, value: value, columns: columns))
        case .unpivot(let input, let keep, let unpivoted, let keyValues):
            return rebuild(.unpivot(prune(input, Set(keep).union(unpivoted), &groupInputNeeds), keep: keep, unpivoted: unpivoted,
                                    keyValues: keyValues))
        case .group(let input, let keys, let body, let prependKeys):
            // The body's output is the group's (after the keys, when they are prepended); what
            // the body reads from each group's rows is what the input must provide.
            let bodyRequired = prependKeys ? Set(required.filter { $0 >= keys.count }.map { $0 - keys.count }) : required
            var bodyNeeds = Set<Int>()
            let prunedBody = prune(body, bodyRequired, &bodyNeeds)
            return rebuild(.group(prune(input, bodyNeeds.union(keys), &groupInputNeeds), keys: keys, body: prunedBody,
                                  prependKeys: prependKeys))
        case .total(let input, let label, let labelColumn, let sumColumns, let by):
            var need = required.union(sumColumns).union(by)
            if let labelColumn { need.insert(labelColumn) }
            return rebuild(.total(prune(input, need, &groupInputNeeds), label: label, labelColumn: labelColumn, sumColumns: sumColumns, by: by))
        case .describe(let input):
            return rebuild(.describe(prune(input, all(input), &groupInputNeeds)))
        }
    }
}

extension QueryPlan {
    /// The same node with each input plan replaced by `transform(input)`.
    func mapInputs(_ transform: (QueryPlan) -> QueryPlan) -> QueryPlan {
        let node: QueryNode
        switch self.node {
        case .scan, .groupInput, .values: return self
        case .filter(let p, let e): node = .filter(transform(p), e)
        case .project(let p, let e): node = .project(transform(p), e)
        case .window(let p, let e): node = .window(transform(p), e)
        case .sort(let p, let k): node = .sort(transform(p), k)
        case .topN(let p, let k, let n): node = .topN(transform(p), k, count: n)
        case .limit(let p, let n): node = .limit(transform(p), n)
        case .aggregate(let p, let k, let a): node = .aggregate(transform(p), keys: k, aggregates: a)
        case .join(let l, let r, let kind, let lk, let rk, let residual, let output):
            node = .join(transform(l), transform(r), kind, leftKeys: lk, rightKeys: rk, residual: residual, output: output)
        case .distinct(let p, let k): node = .distinct(transform(p), keys: k)
        case .append(let l, let r, let lc, let rc): node = .append(transform(l), transform(r), leftColumns: lc, rightColumns: rc)
        case .pivot(let p, let k, let c, let v, let cols): node = .pivot(transform(p), keys: k, pivotColumn: c, value: v, columns: cols)
        case .unpivot(let p, let k, let u, let v): node = .unpivot(transform(p), keep: k, unpivoted: u, keyValues: v)
        case .group(let p, let k, let body, let prepend): node = .group(transform(p), keys: k, body: transform(body), prependKeys: prepend)
        case .total(let p, let label, let at, let sums, let by): node = .total(transform(p), label: label, labelColumn: at, sumColumns: sums, by: by)
        case .describe(let p): node = .describe(transform(p))
        }
        return QueryPlan(node, schema: schema, span: span)
    }
}
