// Steps computed as a large CSV/TSV file streams past (CSVStream) rather than after loading it:
// an aggregate of functions whose partial results merge exactly (count, sum, total, avg, min,
// max), a top-n, and a group of top-ns, over filters, projections and joins to tables read
// before the stream. Each morsel of the file goes through those steps on the worker that read
// it; the partial results are merged in file order, so groups come out in order of first
// appearance and ties keep file order, exactly as when the whole table is in memory.
//
// Whatever a partial result cannot reproduce exactly makes the step run the usual way: a float
// sum (its rounding depends on the order of additions), sums whose magnitudes could overflow at
// some point of a whole-table sum, a stream that gave up (CSVStream), an error in a morsel.

/// Runs a step over a streamed file, or says it cannot (nil: the executor runs it as usual).
struct StreamedQuery {
    let executor: Executor
    var env: Environment { executor.env }

    // MARK: the steps

    /// `summarize` over a streamable input.
    func aggregate(_ plan: QueryPlan, _ input: QueryPlan, _ keys: [BoundExpr], _ aggregates: [BoundExpr]) throws -> Table? {
        let specs = aggregates.compactMap { PartialAggregate($0) }
        guard specs.count == aggregates.count, let chain = try chain(input) else { return nil }
        let merged = AggregateMerge(keyCount: keys.count, keyTypes: keys.map { ($0.type, $0.format) }, keyColumns: { t in
            let ev = Evaluator(table: t, tableName: t.schema.first?.qualifier)
            return try keys.map { try ev.column($0) }
        }, specs: specs)
        return try stream(chain, plan: plan,
                          process: { t in try merged.partial(t) },
                          merge: { p, place in try merged.add(p, expecting: place.expectedRows) },
                          finish: { try merged.finish(plan) })
    }

    /// `pivot` over a streamable input: its value aggregate collected with each row's group and
    /// pivot value.
    func pivot(_ plan: QueryPlan, _ input: QueryPlan) throws -> Table? {
        guard case .pivot(_, let keys, let pivotColumn, let value, let values) = plan.node,
              let mergeable = PartialAggregate(value), let chain = try chain(input) else { return nil }
        var index: [Value: Int32] = [:]
        for (j, v) in values.enumerated() { index[v] = Int32(j) }
        if !mergeable.collects {
            // Grouped by the keys and the pivot value's place (null for values not pivoted).
            let merged = AggregateMerge(keyCount: keys.count + 1,
                                        keyTypes: keys.map { (input.schema[$0].type, input.schema[$0].format) } + [(.int, .plain)],
                                        keyColumns: { t in
                let c = t.columns[pivotColumn]
                var slots = [Int](repeating: 0, count: t.rowCount), unknown = [Bool](repeating: false, count: t.rowCount)
                for r in 0..<t.rowCount { if let j = index[c[r]] { slots[r] = Int(j) } else { unknown[r] = true } }
                return keys.map { t.columns[$0] } + [Column(storage: .int(slots), nulls: unknown, count: t.rowCount)]
            }, specs: [mergeable])
            return try stream(chain, plan: plan,
                              process: { t in try merged.partial(t) },
                              merge: { p, place in try merged.add(p, expecting: place.expectedRows) },
                              finish: { try merged.finishMergedPivot(plan, values: values.count) })
        }
        guard let spec = PartialAggregate(value, collect: true) else { return nil }
        let merged = AggregateMerge(keyCount: keys.count, keyTypes: keys.map { (input.schema[$0].type, input.schema[$0].format) },
                                    keyColumns: { t in keys.map { t.columns[$0] } }, specs: [spec], pivot: (pivotColumn, index))
        return try stream(chain, plan: plan,
                          process: { t in try merged.partial(t) },
                          merge: { p, place in try merged.add(p, expecting: place.expectedRows) },
                          finish: { try merged.finishPivot(plan, values: values.count) })
    }

    /// `distinct` over a streamable input (a pivot's values are found this way): each morsel's
    /// first row of each key, then the first of those.
    func distinct(_ plan: QueryPlan, _ input: QueryPlan) throws -> Table? {
        guard case .distinct(_, let keys) = plan.node, let chain = try chain(input) else { return nil }
        let env = self.env
        let select: (Table) throws -> Table = { t in
            try Executor(env: env).execute(QueryPlan(.distinct(StreamedQuery.values(t, input), keys: keys),
                                                     schema: plan.schema, span: plan.span))
        }
        let merged = SelectionMerge(schema: input.schema, select: select)
        return try stream(chain, plan: plan,
                          process: { t in try select(t) },
                          merge: { t, _ in try merged.add(t) },
                          finish: { try select(try merged.finish()) })
    }

    /// `sort | take n` over a streamable input: the first n of each morsel, then of those.
    func topN(_ plan: QueryPlan, _ input: QueryPlan) throws -> Table? {
        guard case .topN(_, let keys, let n) = plan.node, n > 0, let chain = try chain(input) else { return nil }
        let env = self.env
        let select: (Table) throws -> Table = { t in
            try Executor(env: env).execute(QueryPlan(.topN(StreamedQuery.values(t, input), keys, count: n),
                                                     schema: plan.schema, span: plan.span))
        }
        let merged = SelectionMerge(schema: input.schema, select: select)
        return try stream(chain, plan: plan,
                          process: { t in try select(t) },
                          merge: { t, _ in try merged.add(t) },
                          finish: { try select(try merged.finish()) })
    }

    /// `group KEYS (sort | take n)` over a streamable input: each group's first n rows of each
    /// morsel, then the group step over those (in file order, so groups keep their order).
    func group(_ plan: QueryPlan, _ input: QueryPlan) throws -> Table? {
        guard case .group(_, let keys, let body, let prependKeys) = plan.node,
              case .topN(let inner, _, let n) = body.node, n > 0, case .groupInput = inner.node,
              let chain = try chain(input) else { return nil }
        let env = self.env
        func run(_ t: Table) throws -> Table {
            try Executor(env: env).execute(QueryPlan(.group(StreamedQuery.values(t, input), keys: keys, body: body,
                                                            prependKeys: prependKeys),
                                                     schema: plan.schema, span: plan.span))
        }
        // The rows each group keeps, with the input's columns (the keys a group prepends dropped).
        let select: (Table) throws -> Table = { t in
            let out = try run(t)
            guard prependKeys else { return out }
            return Table(schema: input.schema, columns: Array(out.columns.dropFirst(keys.count)), rowCount: out.rowCount)
        }
        let merged = SelectionMerge(schema: input.schema, select: select)
        return try stream(chain, plan: plan,
                          process: { t in try select(t) },
                          merge: { t, _ in try merged.add(t) },
                          finish: { try run(try merged.finish()) })
    }

    // MARK: the input

    /// Row-by-row steps (filters, projections, joins to tables read first) over one scan of a
    /// file that can be streamed.
    struct Chain {
        let input: QueryPlan
        let scan: QueryPlan
        let source: FileTableSource
        let request: CSVStreamRequest
        /// The right side of each join, in the order the joins run (bottom up), with the
        /// warnings reading it made (reported after the file's, as a whole-table run orders them).
        let rights: [(table: Table, warnings: [Diagnostic])]
        let joins: [(plan: QueryPlan, leftKeys: [BoundExpr])]
        let record: (StreamedText) -> Void
        let context: LoadContext

        /// The chain over one morsel: the scan replaced by the morsel, each join's right side
        /// by its table.
        func over(_ morsel: Table) -> QueryPlan {
            var joinIndex = rights.count
            func rebuild(_ p: QueryPlan) -> QueryPlan {
                switch p.node {
                case .scan: return StreamedQuery.values(morsel, p)
                case .filter(let i, let e): return QueryPlan(.filter(rebuild(i), e), schema: p.schema, span: p.span)
                case .project(let i, let e): return QueryPlan(.project(rebuild(i), e), schema: p.schema, span: p.span)
                case .join(let l, let r, let kind, let lk, let rk, let residual, let output):
                    joinIndex -= 1
                    let right = StreamedQuery.values(rights[joinIndex].table, r)
                    return QueryPlan(.join(rebuild(l), right, kind, leftKeys: lk, rightKeys: rk, residual: residual, output: output),
                                     schema: p.schema, span: p.span)
                default: return p
                }
            }
            return rebuild(input)
        }
    }

    static func values(_ t: Table, _ like: QueryPlan) -> QueryPlan {
        QueryPlan(.values(t), schema: like.schema, span: like.span)
    }

    /// The chain under a step, when its scan is of a large CSV/TSV file whose types came from a
    /// sample and that is not in memory already; the joins' right sides are read here.
    private func chain(_ input: QueryPlan) throws -> Chain? {
        var joinPlans: [QueryPlan] = []
        var p = input
        search: while true {
            switch p.node {
            case .filter(let i, _), .project(let i, _):
                p = i
            case .join(let l, _, let kind, _, _, _, _):
                guard kind != .full else { return nil }  // unmatched right rows come after all left rows
                joinPlans.append(p)
                p = l
            case .scan:
                break search
            default:
                return nil
            }
        }
        guard case .scan(let source, let columns) = p.node else { return nil }
        let catalog = env.catalog
        let fileSource: FileTableSource?
        let record: (StreamedText) -> Void
        switch source {
        case .catalog(let name):
            fileSource = catalog.fileSourceToStream(named: name, columns: columns)
            record = { catalog.recordStreamed($0, named: name) }
        case .file(let path, let options):
            let key = Resolver.fileKey(path, options)
            fileSource = catalog.fileSourceToStream(ofFile: key, columns: columns)
            record = { catalog.recordStreamed($0, ofFile: key) }
        case .binding:
            return nil
        }
        let context = env.loadContext(columns: columns, schema: p.schema)
        guard let fileSource, let request = fileSource.streamRequest(context) else { return nil }
        // The right sides, in the order the joins run, each with its warnings held back.
        var rights: [(table: Table, warnings: [Diagnostic])] = []
        var joins: [(plan: QueryPlan, leftKeys: [BoundExpr])] = []
        for j in joinPlans.reversed() {
            guard case .join(_, let right, _, let leftKeys, _, _, _) = j.node else { return nil }
            let held = DiagnosticLog()
            let side = Environment(catalog: env.catalog, registry: env.shapedRegistry, files: env.files, log: held)
            side.adoptDefinitions(of: env)
            side.modulePaths = env.modulePaths
            rights.append((try Executor(env: side).execute(right), held.drain()))
            joins.append((j, leftKeys))
        }
        return Chain(input: input, scan: p, source: fileSource, request: request, rights: rights, joins: joins,
                     record: record, context: context)
    }

    // MARK: the stream

    /// Streams the chain's file: `process` each morsel's rows after the chain (on a worker),
    /// `merge` the results in file order, then `finish`. Nil when the stream gave up (the
    /// file is then read whole from here on) or a partial result could not be merged exactly.
    private func stream<P, R>(_ chain: Chain, plan: QueryPlan, process: @escaping (Table) throws -> P,
                              merge: @escaping (P, MorselPlace) throws -> Void, finish: @escaping () throws -> R) throws -> R? {
        let env = self.env
        let tally = JoinTally(count: chain.joins.count)
        let outcome: (CSVStreamResult, R)?
        do {
            outcome = try chain.source.streamed { () throws(Diagnostic) -> (CSVStreamResult, R)? in
                guard let result = try CSVStream.run(chain.request, files: env.files, process: { morsel in
                    let ex = Executor(env: env)
                    ex.joinTally = []
                    let rows = try ex.execute(chain.over(morsel))
                    return (try process(rows), ex.joinTally ?? [])
                }, merge: { (partial: (P, [(leftMatches: Int, pairs: Int)]), place) in
                    tally.add(partial.1)
                    try merge(partial.0, place)
                }) else { return nil }
                do { return (result, try finish()) } catch { return nil }
            }
        } catch var d {
            d.span = d.span ?? plan.span
            throw PlanQueryError(d)
        }
        guard let (result, answer) = outcome else { return nil }
        // The warnings a whole-table run makes, in its order: the file's, then each join's.
        for f in result.findings { chain.context.report(f) }
        var text: [String: TextColumnValues] = [:]
        for (j, values) in result.textValues { text[chain.request.schema[j].name] = values }
        chain.record(StreamedText(columns: text, rowCount: result.rowCount))
        for (k, join) in chain.joins.enumerated() {
            for w in chain.rights[k].warnings { env.log.report(w) }
            let (leftMatches, pairs) = tally.totals[k]
            if pairs > leftMatches {
                env.log.report(Executor.multipliedRows(join.plan, join.leftKeys, leftMatches: leftMatches, pairs: pairs))
            }
        }
        return answer
    }
}

/// Matching left rows and pairs of each join, summed over the morsels.
private final class JoinTally: @unchecked Sendable {
    var totals: [(Int, Int)]
    init(count: Int) { totals = Array(repeating: (0, 0), count: count) }
    func add(_ counts: [(leftMatches: Int, pairs: Int)]) {
        for (k, c) in counts.enumerated() where k < totals.count {
            totals[k].0 += c.leftMatches
            totals[k].1 += c.pairs
        }
    }
}

/// A partial result that cannot be merged exactly: the step runs the usual way.
private struct CannotMerge: Error {}

/// Stacks partial tables of one shape. Decimal columns must share a scale (stacking would
/// otherwise rescale them, and the whole-table result keeps its column's scale).
private func stack(_ parts: [Table], schema: [ColumnInfo]) throws -> Table {
    if parts.count == 1 { return parts[0] }
    var columns: [Column] = []
    for i in schema.indices {
        let cs = parts.map { $0.columns[i] }
        var type = DataType.null
        var format = schema[i].format
        var scale: Int? = nil
        for c in cs where c.type != .null {
            if type == .null { type = c.type; format = c.format } else if c.type != type { throw CannotMerge() }
            if case .decimal(_, let s) = c.storage {
                if let known = scale, known != s { throw CannotMerge() }
                scale = s
            }
        }
        columns.append(Column.concatenate(cs, type: type, format: format))
    }
    return Table(schema: schema, columns: columns, rowCount: parts.reduce(0) { $0 + $1.rowCount })
}

// MARK: selections (top-n, groups of top-ns)

/// Rows a selection keeps from each morsel, reselected from time to time so that what is kept
/// stays small; the selection of all the kept rows is the selection of the whole input.
private final class SelectionMerge: @unchecked Sendable {
    let schema: [ColumnInfo]
    let select: (Table) throws -> Table
    var kept: Table?
    var pending: [Table] = []
    var pendingRows = 0

    init(schema: [ColumnInfo], select: @escaping (Table) throws -> Table) {
        self.schema = schema
        self.select = select
    }

    func add(_ t: Table) throws {
        pending.append(t)
        pendingRows += t.rowCount
        if pendingRows >= max(kept?.rowCount ?? 0, 1 << 16) { try reselect() }
    }

    private func reselect() throws {
        kept = try select(try stack((kept.map { [$0] } ?? []) + pending, schema: schema))
        pending = []
        pendingRows = 0
    }

    /// The kept rows of all morsels (in file order).
    func finish() throws -> Table {
        let parts = (kept.map { [$0] } ?? []) + pending
        guard !parts.isEmpty else { throw CannotMerge() }
        return try stack(parts, schema: schema)
    }
}

// MARK: aggregates

/// How an aggregate is computed from the morsels: from partial results that combine exactly
/// (count, sum, total, avg, min, max of whole numbers, decimals, text, dates), or by collecting
/// its arguments and each row's group and running the aggregate once at the end (everything
/// else: medians, standard deviations, float sums, order-dependent aggregates), which is what a
/// whole-table run computes, over the same values in the same order.
private struct PartialAggregate {
    enum Kind {
        case count
        /// `sum` (null over no values) or `total` (0).
        case sum(emptyIsZero: Bool)
        /// `avg`: a sum and a count.
        case mean
        case extreme(largest: Bool)
        case collect
    }
    let kind: Kind
    let expr: BoundExpr
    let function: AggregateFunction
    let args: [BoundExpr]
    let filter: BoundExpr?

    init?(_ a: BoundExpr, collect: Bool = false) {
        guard case .aggregate(let f, let args, let filter) = a.kind else { return nil }
        expr = a
        function = f
        self.args = args
        self.filter = filter
        guard !collect, case .aggregate(let builtin)? = FunctionRegistry.builtins.lookup(f.name), builtin === f else {
            kind = .collect
            return
        }
        // Float sums depend on the order of additions; float extremes on which of 0 and -0 came first.
        let oneExactArgument = args.count == 1 && args[0].type != .float
        switch f.name {
        case "count": kind = .count
        case "sum" where oneExactArgument: kind = .sum(emptyIsZero: false)
        case "total" where oneExactArgument: kind = .sum(emptyIsZero: true)
        case "avg" where oneExactArgument: kind = .mean
        case "min" where oneExactArgument: kind = .extreme(largest: false)
        case "max" where oneExactArgument: kind = .extreme(largest: true)
        default: kind = .collect
        }
    }

    var collects: Bool { if case .collect = kind { return true } else { return false } }

    /// How large a sum of magnitudes may get before some partial sum of a whole-table run
    /// could overflow (or, for the mean of whole numbers, stop being exact in a double).
    func magnitudeLimit(_ arg: Column) -> UInt64 {
        if case .mean = kind, case .int = arg.storage { return 1 << 53 }
        return UInt64(Int64.max)
    }

    /// The partial state columns over one morsel's rows and its grouping (a collected
    /// aggregate: its arguments, and the rows its `where` keeps), and the sum of the
    /// magnitudes of the values summed (nil: none are).
    func partial(_ t: Table, _ grouping: Grouping) throws -> (states: [Column], kept: [Bool]?, magnitude: (UInt64, limit: UInt64)?) {
        let ev = Evaluator(table: t, tableName: nil)
        let argColumns = try args.map { try ev.column($0) }
        var g = grouping
        var kept: [Bool]? = nil
        if let filter {
            let keep = Kernels.selection(try ev.evaluate(filter), count: t.rowCount)
            var mask = [Bool](repeating: false, count: t.rowCount)
            for r in keep { mask[r] = true }
            for r in 0..<t.rowCount where !mask[r] { g.groupOf[r] = -1 }
            kept = mask
        }
        switch kind {
        case .collect:
            return (argColumns, kept, nil)
        case .count:
            return ([try function.evaluate(argColumns, g, .int)], nil, nil)
        case .sum(let emptyIsZero):
            let arg = argColumns[0]
            return ([try Aggregation.sum(arg, g, emptyIsZero: emptyIsZero)], nil, (try magnitude(arg, g), magnitudeLimit(arg)))
        case .mean:
            let arg = argColumns[0]
            var counts = [Int](repeating: 0, count: g.count)
            for r in 0..<arg.count where g.groupOf[r] >= 0 && !arg.isNull(r) { counts[Int(g.groupOf[r])] += 1 }
            return ([try Aggregation.sum(arg, g, emptyIsZero: false), Column(storage: .int(counts), nulls: nil, count: g.count)],
                    nil, (try magnitude(arg, g), magnitudeLimit(arg)))
        case .extreme(let largest):
            let arg = argColumns[0]
            if case .float = arg.storage { throw CannotMerge() }
            return ([Aggregation.extreme(arg, g, largest: largest)], nil, nil)
        }
    }

    /// Σ|v| over the values a group takes in (whole numbers and exact decimals only).
    private func magnitude(_ c: Column, _ g: Grouping) throws -> UInt64 {
        var total: UInt64 = 0
        var overflow = false
        func add(_ m: UInt64) {
            let (s, o) = total.addingReportingOverflow(m)
            total = s
            overflow = overflow || o
        }
        switch c.storage {
        case .int(let a): for r in 0..<c.count where g.groupOf[r] >= 0 && !c.isNull(r) { add(UInt64(a[r].magnitude)) }
        case .decimal(let a, _): for r in 0..<c.count where g.groupOf[r] >= 0 && !c.isNull(r) { add(a[r].magnitude) }
        case .null: break
        default: throw CannotMerge()
        }
        if overflow { throw CannotMerge() }
        return total
    }

    /// The states of several parts' groups combined over `grouping` (state `k` of this aggregate).
    func combine(_ state: Int, _ c: Column, _ grouping: Grouping) throws -> Column {
        switch kind {
        case .count: return try Aggregation.sum(c, grouping, emptyIsZero: true)
        case .sum(let emptyIsZero): return try Aggregation.sum(c, grouping, emptyIsZero: emptyIsZero)
        case .mean: return try Aggregation.sum(c, grouping, emptyIsZero: state == 1)
        case .extreme(let largest): return Aggregation.extreme(c, grouping, largest: largest)
        case .collect: throw CannotMerge()
        }
    }

    /// The aggregate's result from its combined states, as `Executor.aggregateColumn` gives it.
    func result(_ states: [Column]) throws -> Column {
        var c: Column
        switch kind {
        case .count, .sum, .extreme:
            c = states[0]
        case .mean:
            // Aggregation.mean: an exact sum as a double, divided by the count.
            let sums = states[0]
            guard case .int(let counts) = states[1].storage else { throw CannotMerge() }
            let n = counts.count
            var out = [Double](repeating: 0, count: n), nulls = [Bool](repeating: false, count: n)
            for k in 0..<n {
                if counts[k] == 0 || sums.isNull(k) { nulls[k] = true; continue }
                switch sums.storage {
                case .int(let a): out[k] = Double(a[k]) / Double(counts[k])
                case .decimal(let a, let s): out[k] = Double(a[k]) / Double(ExactDecimal.pow10(s)) / Double(counts[k])
                default: throw CannotMerge()
                }
            }
            c = Column(storage: .float(out), nulls: nulls, count: n)
        case .collect:
            throw CannotMerge()
        }
        c.format = expr.format
        return c
    }

    /// A collected aggregate run once over all its rows (`Executor.aggregateColumn`).
    func collected(_ args: [Column], _ grouping: Grouping) throws -> Column {
        var c = try function.evaluate(args, grouping, expr.type)
        c.format = expr.format
        return c
    }

    var stateCount: Int {
        switch kind {
        case .mean: return 2
        case .collect: return 0
        default: return 1
        }
    }
}

/// A partial aggregate of one morsel: one row per group (its keys, then each mergeable
/// aggregate's states), the magnitudes summed, and for collected aggregates each row's group,
/// arguments and kept rows (and, for a pivot, each row's pivot column: its index in the pivot's
/// values, -1 for none).
private struct AggregatePartial {
    var table: Table
    var magnitudes: [(UInt64, limit: UInt64)?]
    var rowGroups: [Int32]
    var collected: [(args: [Column], kept: [Bool]?)]
    var pivotSlots: [Int32]
}

/// The groups seen so far with their combined states, in order of first appearance; for
/// collected aggregates, every row's group (numbered as the groups are) and arguments.
private final class AggregateMerge: @unchecked Sendable {
    let keyCount: Int
    let keyColumns: (Table) throws -> [Column]
    let specs: [PartialAggregate]
    let schema: [ColumnInfo]
    /// A pivot's column (by index into the input) and its values, when this is a pivot.
    let pivot: (column: Int, values: [Value: Int32])?
    var collects: Bool { pivot != nil || specs.contains { $0.collects } }
    var merged: Table?
    var pending: [AggregatePartial] = []
    var pendingRows = 0
    var magnitudes: [UInt64]
    // Collected rows, in file order.
    var rowGroups: [Int32] = []
    var pivotSlots: [Int32] = []
    var args: [[ColumnAccumulator]]
    var kept: [[Bool]?]
    var expectedRows = 0

    init(keyCount: Int, keyTypes: [(DataType, ValueFormat)], keyColumns: @escaping (Table) throws -> [Column],
         specs: [PartialAggregate], pivot: (column: Int, values: [Value: Int32])? = nil) {
        self.keyCount = keyCount
        self.keyColumns = keyColumns
        self.specs = specs
        self.pivot = pivot
        var schema = keyTypes.enumerated().map { ColumnInfo(name: "key\($0.offset)", type: $0.element.0, format: $0.element.1) }
        for (k, s) in specs.enumerated() {
            for i in 0..<s.stateCount { schema.append(ColumnInfo(name: "state\(k).\(i)", type: .null, format: s.expr.format)) }
        }
        self.schema = schema
        magnitudes = Array(repeating: 0, count: specs.count)
        args = Array(repeating: [], count: specs.count)
        kept = Array(repeating: nil, count: specs.count)
    }

    /// One morsel's groups (as `Executor` groups them) and states.
    func partial(_ t: Table) throws -> AggregatePartial {
        let keys = try keyColumns(t)
        let (grouping, firstRows) = try GroupKeys.group(keys, rowCount: t.rowCount)
        var columns = keys.map { $0.gather(firstRows) }
        var out = AggregatePartial(table: t, magnitudes: [], rowGroups: collects ? grouping.groupOf : [], collected: [], pivotSlots: [])
        for s in specs {
            let (states, kept, magnitude) = try s.partial(t, grouping)
            if s.collects { out.collected.append((states, kept)) } else { columns += states; out.collected.append(([], nil)) }
            out.magnitudes.append(magnitude)
        }
        if let pivot {
            let c = t.columns[pivot.column]
            out.pivotSlots = (0..<t.rowCount).map { pivot.values[c[$0]] ?? -1 }
        }
        out.table = Table(schema: schema, columns: columns, rowCount: grouping.count)
        return out
    }

    func add(_ p: AggregatePartial, expecting rows: Int) throws {
        if collects, rows > expectedRows {
            // Room for every row's group and arguments (pages never written are never touched).
            expectedRows = rows
            rowGroups.reserveCapacity(rows)
            if pivot != nil { pivotSlots.reserveCapacity(rows) }
            for accumulators in args { for a in accumulators { a.expect(rows: rows) } }
        }
        for (k, m) in p.magnitudes.enumerated() {
            guard let (value, limit) = m else { continue }
            let (sum, overflow) = magnitudes[k].addingReportingOverflow(value)
            if overflow || sum >= limit { throw CannotMerge() }
            magnitudes[k] = sum
        }
        pending.append(p)
        pendingRows += p.table.rowCount
        if pendingRows >= max(merged?.rowCount ?? 0, 1 << 16) { try combine() }
    }

    /// Folds the pending parts into the merged groups; their collected rows get the groups' numbers.
    private func combine() throws {
        let parts = (merged.map { [$0] } ?? []) + pending.map(\.table)
        let folded = pending
        pending = []
        pendingRows = 0
        guard !parts.isEmpty else { return }
        let all = try stack(parts, schema: schema)
        let keys = Array(all.columns.prefix(keyCount))
        let (grouping, firstRows) = try GroupKeys.group(keys, rowCount: all.rowCount)
        var columns = keys.map { $0.gather(firstRows) }
        var at = keyCount
        for s in specs {
            for i in 0..<s.stateCount {
                columns.append(try s.combine(i, all.columns[at], grouping))
                at += 1
            }
        }
        // The groups keep their numbers: the merged ones come first, in their order.
        var offset = merged?.rowCount ?? 0
        merged = Table(schema: schema, columns: columns, rowCount: grouping.count)
        guard collects else { return }
        for p in folded {
            rowGroups.reserveCapacity(rowGroups.count + p.rowGroups.count)
            for g in p.rowGroups { rowGroups.append(g < 0 ? -1 : grouping.groupOf[offset + Int(g)]) }
            pivotSlots += p.pivotSlots
            for (k, c) in p.collected.enumerated() where specs[k].collects {
                if args[k].isEmpty {
                    args[k] = c.args.map { _ in ColumnAccumulator() }
                    for a in args[k] { a.expect(rows: expectedRows) }
                }
                for (i, a) in c.args.enumerated() where !args[k][i].append(a) { throw CannotMerge() }
                // An aggregate's `where` is the same for every morsel: all have a mask or none.
                if let mask = c.kept {
                    if kept[k] == nil { kept[k] = [] }
                    kept[k]!.append(contentsOf: mask)
                }
            }
            offset += p.table.rowCount
        }
    }

    /// Every row's group for collected aggregate k (-1 for rows its `where` leaves out).
    private func grouping(_ k: Int, count: Int) -> Grouping {
        var groupOf = rowGroups
        if let mask = kept[k], mask.count == groupOf.count { for r in groupOf.indices where !mask[r] { groupOf[r] = -1 } }
        return Grouping(groupOf: groupOf, count: count)
    }

    /// A collected aggregate's arguments over every row, in file order.
    private func arguments(_ k: Int) -> [Column] { args[k].map { $0.finish() } }

    /// The aggregate step's result: keys, then each aggregate (Executor's `.aggregate`).
    func finish(_ plan: QueryPlan) throws -> Table {
        try combine()
        guard let merged else { throw CannotMerge() }
        let groups = merged.rowCount
        var columns = Array(merged.columns.prefix(keyCount))
        var at = keyCount
        for (k, s) in specs.enumerated() {
            if s.collects {
                columns.append(try s.collected(arguments(k), grouping(k, count: groups)))
            } else {
                columns.append(try s.result(Array(merged.columns[at..<(at + s.stateCount)])))
                at += s.stateCount
            }
        }
        return Table(schema: plan.schema, columns: columns, rowCount: groups)
    }

    /// A pivot's result from groups of (keys, pivot value's place): the keys in order of first
    /// appearance, then a column per pivot value; a cell with no rows holds what the aggregate
    /// gives over none (0 for count and total, else null), as `Executor.pivot` computes it.
    func finishMergedPivot(_ plan: QueryPlan, values m: Int) throws -> Table {
        let combos = try finish(QueryPlan(.values(Table(schema: [], columns: [], rowCount: 0)), schema: schema.prefix(keyCount)
            + [ColumnInfo(name: "cell", type: .null)], span: plan.span))
        let keys = Array(combos.columns.prefix(keyCount - 1))
        guard case .int(let slots) = combos.columns[keyCount - 1].storage else { throw CannotMerge() }
        let slotColumn = combos.columns[keyCount - 1]
        let (grouping, firstRows) = try GroupKeys.group(keys, rowCount: combos.rowCount)
        let groups = grouping.count
        var cellRow = [Int](repeating: -1, count: groups * m)
        for c in 0..<combos.rowCount where !slotColumn.isNull(c) { cellRow[Int(grouping.groupOf[c]) * m + slots[c]] = c }
        let cells = combos.columns[keyCount]
        let emptyIsZero: Bool
        switch specs[0].kind {
        case .count, .sum(emptyIsZero: true): emptyIsZero = true
        default: emptyIsZero = false
        }
        var columns = keys.map { $0.gather(firstRows) }
        for j in 0..<m {
            let rows = (0..<groups).map { cellRow[$0 * m + j] }
            var column = cells.gather(rows)
            if emptyIsZero, var nulls = column.nulls {
                // gather leaves a zero under each missing cell: it is 0, not null.
                for (k, r) in rows.enumerated() where r < 0 { nulls[k] = false }
                column = Column(storage: column.storage, nulls: nulls, count: column.count, format: column.format)
            }
            columns.append(column)
        }
        return Table(schema: plan.schema, columns: columns, rowCount: groups)
    }

    /// A pivot's result (Executor.pivot): the keys, then one column per pivot value, each cell
    /// the aggregate over its group's rows with that value.
    func finishPivot(_ plan: QueryPlan, values: Int) throws -> Table {
        try combine()
        guard let merged, let spec = specs.first, spec.collects else { throw CannotMerge() }
        let groups = merged.rowCount
        var g = grouping(0, count: groups * values)
        for r in g.groupOf.indices {
            let slot = pivotSlots[r]
            g.groupOf[r] = g.groupOf[r] < 0 || slot < 0 ? -1 : g.groupOf[r] * Int32(values) + slot
        }
        let cells = try spec.collected(arguments(0), g)
        var columns = Array(merged.columns.prefix(keyCount))
        for j in 0..<values { columns.append(cells.gather((0..<groups).map { $0 * values + j })) }
        return Table(schema: plan.schema, columns: columns, rowCount: groups)
    }
}
