/// Which columns of its sources a statement can possibly use, found from its syntax alone.
///
/// Used before resolution to read only those columns of a large file: typing columns is most
/// of the cost of loading a CSV, and a summary usually needs two or three of many. The set
/// over-approximates (every name in the statement, including function bodies it may call);
/// it is only used when the pipeline ends in a transform that replaces the columns
/// (`select`, `summarize`, `pivot`, `distinct cols`), so no source column can pass through unnamed.
enum ReferencedNames {
    static func columns(of pipeline: Pipeline, functions: [String: UserFunction]) -> Set<String>? {
        guard cutsColumns(pipeline) else { return nil }
        var names = Set<String>()
        var visitedFunctions = Set<String>()
        func expr(_ e: Expr) {
            switch e.kind {
            case .literal: break
            case .name(let n): names.insert(n)
            case .qualified(let q, let n): names.insert(n); names.insert("\(q).\(n)")
            case .unary(_, let a): expr(a)
            case .binary(_, let a, let b): expr(a); expr(b)
            case .call(let f, let args, let filter):
                args.forEach { expr($0.value) }
                if let filter { expr(filter) }
                if let fn = functions[f], visitedFunctions.insert(f).inserted {
                    expr(fn.body)
                    fn.parameters.compactMap(\.defaultValue).forEach(expr)
                }
            case .list(let items): items.forEach(expr)
            case .ifThenElse(let a, let b, let c): expr(a); expr(b); if let c { expr(c) }
            case .caseWhen(let arms, let other): arms.forEach { expr($0.0); expr($0.1) }; if let other { expr(other) }
            case .inList(let a, let b, _): expr(a); expr(b)
            case .between(let a, let b, let c, _): expr(a); expr(b); expr(c)
            }
        }
        func named(_ items: [NamedExpr]) { items.forEach { expr($0.expr) } }
        func relation(_ r: Relation) { if case .pipeline(let p) = r { pipe(p) } }
        func transform(_ t: Transform) {
            switch t.kind {
            case .filter(let e), .take(let e): expr(e)
            case .select(let items), .derive(let items), .distinct(let items): named(items)
            case .sort(let keys): keys.forEach { expr($0.expr) }
            case .summarize(let items, let by): named(items); named(by)
            case .join(_, let r, _, let condition):
                relation(r)
                switch condition {
                case .using(let keys): keys.forEach { names.insert($0.0) }
                case .expression(let e): expr(e)
                }
            case .append(let r): relation(r)
            case .rename(let pairs): pairs.forEach { names.insert($0.old) }
            case .pivot(let key, let value, let by): expr(key); expr(value); named(by)
            case .unpivot(let cols, _, _): cols.forEach { names.insert($0.0) }
            case .group(let keys, let body): named(keys); body.forEach(transform)
            case .total(let label, let by): if let label { expr(label) }; named(by)
            case .describe: break
            case .format(let items): items.forEach { names.insert($0.name); expr($0.spec) }
            }
        }
        func pipe(_ p: Pipeline) {
            relation(p.source)
            p.transforms.forEach(transform)
        }
        pipe(pipeline)
        return names
    }

    /// True when the last column-replacing transform comes after anything that could bring
    /// unnamed source columns back (a join or append adds the other side's columns).
    static func cutsColumns(_ p: Pipeline) -> Bool {
        for t in p.transforms.reversed() {
            switch t.kind {
            case .select, .summarize, .pivot: return true
            case .distinct(let cols): if !cols.isEmpty { return true }
            case .join, .append, .describe: return false
            case .group(_, let body):
                if body.contains(where: { if case .summarize = $0.kind { return true }; if case .select = $0.kind { return true }; return false }) {
                    return true
                }
            default: continue
            }
        }
        return false
    }
}
