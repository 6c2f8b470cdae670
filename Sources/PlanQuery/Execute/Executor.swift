/// Runs a plan over columnar tables.
final class Executor {
    let env: Environment
    private var groupInputs: [Table] = []
    private var nesting = NestingDepth()
    /// The run's cancellation, time, row and memory checks (none outside a run).
    let runGuard: RunGuard?
    /// When set, joins that keep left rows count (matching left rows, pairs) here, in the order
    /// they run, instead of warning: a streamed query warns once for the whole file.
    var joinTally: [(leftMatches: Int, pairs: Int)]? = nil
    /// How many rows a loop makes between checks of the run: about a millisecond of work.
    static let checkEvery = 1 << 13

    init(env: Environment) {
        self.env = env
        self.runGuard = RunGuard.current
    }

    func fail(_ kind: Diagnostic.Kind, _ message: String, _ span: Span?, hints: [String] = []) -> PlanQueryError {
        PlanQueryError(.error(kind, message, at: span, hints: hints))
    }

    func execute(_ plan: QueryPlan) throws -> Table {
        // Plans from the resolver are within the nesting limit; this guards plans built through the API.
        try nesting.enter(plan.span, "query")
        defer { nesting.leave() }
        var t: Table
        do {
            try runGuard?.check()
            t = try run(plan)
            // Also after the step: for a pipeline, every check before `run` happens before any work.
            try runGuard?.check()
            try runGuard?.admit(t, "this step's result", at: plan.span)
        } catch var e as PlanQueryError {
            // Checks deep in a kernel or loader know no position: the step's span is the best one.
            for i in e.diagnostics.indices where e.diagnostics[i].span == nil { e.diagnostics[i].span = plan.span }
            throw e
        }
        // The plan's names are authoritative (renames, derived names); the data's types may be narrower.
        for i in t.schema.indices where i < plan.schema.count {
            t.schema[i].name = plan.schema[i].name
            t.schema[i].qualifier = plan.schema[i].qualifier
            t.schema[i].format = plan.schema[i].format
            if plan.schema[i].type != .null { t.schema[i].type = plan.schema[i].type }
        }
        return t
    }

    /// A table's loaded types differ from the schema the statement was bound with (a sample of
    /// a large file guessed them): the engine binds the statement again with the loaded ones.
    struct SchemaChanged: Error {}

    /// Reads a table through the catalog (the one file policy for files), only `columns` when
    /// the optimizer pruned the scan.
    private func scan(_ plan: QueryPlan, _ source: TableSourceKind, _ columns: Set<String>?) throws -> Table {
        let context = env.loadContext(columns: columns, schema: plan.schema)
        let table: Table
        do {
            switch source {
            case .catalog(let name):
                guard let t = try env.catalog.table(named: name, context) else { throw fail(.name, "no table named `\(name)`", plan.span) }
                table = t
            case .binding(let name):
                guard let t = env.tables[name]?.table else { throw fail(.name, "no table named `\(name)`", plan.span) }
                return t
            case .file(let path, let options):
                table = try env.catalog.table(ofFile: Resolver.fileKey(path, options),
                                              source: FileTableSource(path: path, options: options), context)
            }
        } catch var d as Diagnostic {
            d.span = d.span ?? plan.span
            throw PlanQueryError(d)
        }
        guard table.schema.count == plan.schema.count else { throw SchemaChanged() }
        for (loaded, bound) in zip(table.schema, plan.schema) where loaded.type != bound.type {
            if let columns, !columns.contains(bound.name) { continue }
            throw SchemaChanged()
        }
        return table
    }

    private func evaluator(_ t: Table, _ plan: QueryPlan) -> Evaluator {
        Evaluator(table: t, tableName: t.schema.first?.qualifier)
    }

    private func run(_ plan: QueryPlan) throws -> Table {
        switch plan.node {
        case .scan(let source, let columns):
            return try scan(plan, source, columns)

        case .groupInput:
            guard let t = groupInputs.last else { throw fail(.runtime, "internal error: group input outside group", plan.span) }
            return t

        case .values(let t):
            return t

        case .filter(let input, let pred):
            let t = try execute(input)
            let keep = try Kernels.selection(try evaluator(t, plan).evaluate(pred), count: t.rowCount, checking: runGuard)
            if keep.count == t.rowCount { return t }
            return try t.gatherChecked(keep)

        case .project(let input, let exprs):
            let t = try execute(input)
            let ev = evaluator(t, plan)
            var columns: [Column] = []
            columns.reserveCapacity(exprs.count)
            for e in exprs { columns.append(try ev.column(e)) }
            var out = Table(schema: zip(plan.schema, columns).map { info, c in
                ColumnInfo(name: info.name, type: c.type == .null ? info.type : c.type, format: info.format, qualifier: info.qualifier)
            }, columns: columns, rowCount: t.rowCount)
            out.rowRoles = t.rowRoles
            return out

        case .window(let input, let items):
            let t = try execute(input)
            var out = t
            for (k, item) in items.enumerated() {
                let c = try windowColumn(item, t)
                out.columns.append(c)
                out.schema.append(plan.schema[input.schema.count + k])
            }
            return out

        case .sort(let input, let keys):
            let t = try execute(input)
            let ev = evaluator(t, plan)
            let cols = try keys.map { (try ev.column($0.expr), descending: $0.descending) }
            let order = try Sorting.order(rows: .checkedRowNumbers(t.rowCount, runGuard), keys: cols)
            return try t.gatherChecked(order)

        case .limit(let input, let n):
            return try execute(input).prefix(n)

        case .topN(let input, let keys, let n):
            if let t = try StreamedQuery(executor: self).topN(plan, input) { return t }
            let t = try execute(input)
            let ev = evaluator(t, plan)
            let cols = try keys.map { (try ev.column($0.expr), descending: $0.descending) }
            // A bounded heap pays off while n is small against the rows; past that, sort them all.
            if n < t.rowCount / 2 {
                return t.gather(try Sorting.firstRows(n, of: t.rowCount, keys: cols))
            }
            return try t.gatherChecked(try Sorting.order(rows: .checkedRowNumbers(t.rowCount, runGuard), keys: cols)).prefix(n)

        case .aggregate(let input, let keys, let aggregates):
            if let t = try StreamedQuery(executor: self).aggregate(plan, input, keys, aggregates) { return t }
            let t = try execute(input)
            let ev = evaluator(t, plan)
            let keyColumns = try keys.map { try ev.column($0) }
            let (grouping, firstRows) = try GroupKeys.group(keyColumns, rowCount: t.rowCount)
            var columns = keyColumns.map { $0.gather(firstRows) }
            for a in aggregates { columns.append(try aggregateColumn(a, t, grouping)) }
            return Table(schema: plan.schema, columns: columns, rowCount: grouping.count)

        case .join(let left, let right, let kind, let leftKeys, let rightKeys, let residual, let output):
            return try join(plan, try execute(left), try execute(right), kind, leftKeys, rightKeys, residual, output)

        case .distinct(let input, let keys):
            if let t = try StreamedQuery(executor: self).distinct(plan, input) { return t }
            let t = try execute(input)
            let (_, first) = try GroupKeys.group(keys.map { t.columns[$0] }, rowCount: t.rowCount)
            return first.count == t.rowCount ? t : try t.gatherChecked(first)

        case .append(let left, let right, let lc, let rc):
            let a = try execute(left), b = try execute(right)
            let columns = try plan.schema.indices.map { i -> Column in
                try runGuard?.check()
                let pa = lc[i].map { a.columns[$0] } ?? .allNull(count: a.rowCount)
                let pb = rc[i].map { b.columns[$0] } ?? .allNull(count: b.rowCount)
                return try Column.concatenate([pa, pb], type: plan.schema[i].type, format: plan.schema[i].format,
                                              checking: runGuard)
            }
            return Table(schema: plan.schema, columns: columns, rowCount: a.rowCount + b.rowCount)

        case .pivot(let input, let keys, let pivotColumn, let value, let values):
            if let t = try StreamedQuery(executor: self).pivot(plan, input) { return t }
            return try pivot(plan, try execute(input), keys, pivotColumn, value, values)

        case .unpivot(let input, let keep, let unpivoted, let keyValues):
            let t = try execute(input)
            let m = unpivoted.count
            let (outRows, overflow) = t.rowCount.multipliedReportingOverflow(by: m)
            let rowsOut = overflow ? Int.max : outRows
            try runGuard?.admitRows(rowsOut, "unpivot's result", at: plan.span)
            let (bytes, tooMany) = rowsOut.multipliedReportingOverflow(by: 8 * (keep.count + 3))
            try runGuard?.admitBytes(tooMany ? Int.max : bytes, "unpivot's result", at: plan.span)
            var rows = [Int]()
            rows.reserveCapacity(t.rowCount * m)
            for r in 0..<t.rowCount { for _ in 0..<m { rows.append(r) } }
            var columns = keep.map { t.columns[$0].gather(rows) }
            var keyBuilder = ColumnBuilder(type: keyValues.first?.type ?? .text, capacity: rows.count)
            let valueType = plan.schema.last!.type
            var valueBuilder = ColumnBuilder(type: valueType, capacity: rows.count)
            for r in 0..<t.rowCount {
                for (j, c) in unpivoted.enumerated() {
                    keyBuilder.append(keyValues[j])
                    valueBuilder.append(t.columns[c][r])
                }
            }
            columns.append(keyBuilder.finish())
            columns.append(valueBuilder.finish(format: plan.schema.last!.format))
            return Table(schema: plan.schema, columns: columns, rowCount: rows.count)

        case .group(let input, let keys, let body, let prependKeys):
            if let t = try StreamedQuery(executor: self).group(plan, input) { return t }
            let t = try execute(input)
            let (grouping, firstRows) = try GroupKeys.group(keys.map { t.columns[$0] }, rowCount: t.rowCount)
            let members = try grouping.rowsByGroup(checking: runGuard)
            var parts: [Table] = []
            parts.reserveCapacity(members.count)
            for (g, rows) in members.enumerated() {
                try runGuard?.check()
                groupInputs.append(t.gather(rows))
                defer { groupInputs.removeLast() }
                var part = try execute(body)
                if prependKeys {
                    let keyCols = keys.map { t.columns[$0].gather([Int](repeating: firstRows[g], count: part.rowCount)) }
                    part = Table(schema: keys.map { t.schema[$0] } + part.schema, columns: keyCols + part.columns, rowCount: part.rowCount)
                }
                parts.append(part)
            }
            if parts.isEmpty {
                return Table(schema: plan.schema, columns: plan.schema.map { _ in .allNull(count: 0) }, rowCount: 0)
            }
            return try Table.concatenate(parts, schema: plan.schema)

        case .describe(let input):
            return try TabularLoader.describe(try execute(input), checking: runGuard)

        case .total(let input, let label, let labelColumn, let sumColumns, let by):
            let t = try execute(input)
            /// One row summing `rows`: kept key columns show the group's values, the label goes in
            /// `labelAt`, summed columns hold total() of the rows, everything else is null.
            func summaryRow(_ rows: [Int], kept: [Int], label: String, labelAt: Int?, role: RowRole = .subtotal) throws -> Table {
                var extra: [Column] = []
                for i in t.schema.indices {
                    if kept.contains(i) {
                        extra.append(t.columns[i].gather([rows.first ?? -1]))
                    } else if sumColumns.contains(i) {
                        let part = rows.count == t.rowCount ? t.columns[i] : t.columns[i].gather(rows)
                        // A column with no values at all (gross before 2008/09) totals to null, not
                        // to a 0 that reads as a real total; a total over no rows is 0.
                        do { extra.append(try Aggregation.sum(part, .single(rows: part.count), emptyIsZero: part.count == 0, keepScale: true)) } catch let f as Aggregation.Failure {
                            throw fail(.runtime, f.message, plan.span)
                        }
                    } else if i == labelAt {
                        extra.append(.constant(.text(label), count: 1))
                    } else {
                        extra.append(.allNull(count: 1))
                    }
                }
                var row = Table(schema: t.schema, columns: extra, rowCount: 1)
                row.rowRoles = [role]
                return row
            }
            var parts: [Table] = []
            func rollup(_ rows: [Int], level: Int) throws {
                if level == by.count { parts.append(rows.count == t.rowCount ? t : t.gather(rows)); return }
                // Every row (the first level) is the column as it is.
                let keyColumn = rows.count == t.rowCount ? t.columns[by[level]] : t.columns[by[level]].gather(rows)
                let (g, _) = try GroupKeys.group([keyColumn], rowCount: rows.count)
                for members in try g.rowsByGroup(checking: runGuard) {
                    try runGuard?.check()
                    let sub = members.map { rows[$0] }
                    try rollup(sub, level: level + 1)
                    let kept = Array(by[0...level])
                    // "Subtotal" in the first text column that is not a kept key; failing that, the
                    // first text key reads "<key values> subtotal" ("Adult 2008 subtotal").
                    if let at = t.schema.indices.first(where: { t.schema[$0].type == .text && !kept.contains($0) }) {
                        parts.append(try summaryRow(sub, kept: kept, label: "Subtotal", labelAt: at))
                    } else {
                        var row = try summaryRow(sub, kept: kept, label: "", labelAt: nil)
                        if let k = kept.first(where: { t.schema[$0].type == .text }), let first = sub.first {
                            let text = kept.map { t.columns[$0][first].description }.joined(separator: " ") + " subtotal"
                            row.columns[k] = .constant(.text(text), count: 1)
                        }
                        parts.append(row)
                    }
                }
            }
            let everyRow = try [Int].checkedRowNumbers(t.rowCount, runGuard)
            try rollup(everyRow, level: 0)
            parts.append(try summaryRow(everyRow, kept: [], label: label, labelAt: labelColumn, role: .total))
            return try Table.concatenate(parts, schema: plan.schema)
        }
    }

    // MARK: aggregates and windows

    func aggregateColumn(_ a: BoundExpr, _ t: Table, _ grouping: Grouping) throws -> Column {
        guard case .aggregate(let f, let args, let filter) = a.kind else {
            throw fail(.runtime, "internal error: expected an aggregate", a.span)
        }
        let ev = Evaluator(table: t, tableName: nil)
        let argColumns = try args.map { try ev.column($0) }
        var g = grouping
        if let filter {
            let keep = Kernels.selection(try ev.evaluate(filter), count: t.rowCount)
            var mask = [Bool](repeating: false, count: t.rowCount)
            for r in keep { mask[r] = true }
            for r in 0..<t.rowCount where !mask[r] { g.groupOf[r] = -1 }
        }
        do {
            var c = try f.evaluate(argColumns, g, a.type)
            c.format = a.format
            return c
        } catch let e as PlanQueryError {
            throw e
        } catch let failure as Aggregation.Failure {
            throw fail(.runtime, failure.message, a.span)
        } catch let failure as ValueOps.Failure {
            throw fail(.runtime, "\(f.name): \(failure.message)", a.span)
        } catch {
            throw fail(.runtime, "\(f.name): \(error)", a.span)
        }
    }

    /// An aggregate over the whole input repeated on every row, or a window function in input order.
    func windowColumn(_ item: BoundExpr, _ t: Table) throws -> Column {
        switch item.kind {
        case .aggregate:
            let one = try aggregateColumn(item, t, .single(rows: t.rowCount))
            return one.gather([Int](repeating: 0, count: t.rowCount))
        case .window(let f, let args):
            let ev = Evaluator(table: t, tableName: nil)
            let argColumns = try args.map { try ev.column($0) }
            let order = try [Int].checkedRowNumbers(t.rowCount, runGuard)
            try runGuard?.check()
            let values: [Value]
            do {
                values = try f.evaluate(argColumns, order, item.type)
            } catch let e as PlanQueryError {
                throw e
            } catch let failure as ValueOps.Failure {
                throw fail(.runtime, "\(f.name): \(failure.message)", item.span)
            } catch {
                throw fail(.runtime, "\(f.name): \(error)", item.span)
            }
            return try Aggregation.columnChecked(values, type: item.type, format: item.format)
        default:
            throw fail(.runtime, "internal error: expected a window function", item.span)
        }
    }

    // MARK: join

    func join(_ plan: QueryPlan, _ l: Table, _ r: Table, _ kind: JoinKind, _ leftKeys: [BoundExpr], _ rightKeys: [BoundExpr],
              _ residual: BoundExpr?, _ output: [JoinOutputColumn]) throws -> Table {
        let lk = try leftKeys.map { try Evaluator(table: l, tableName: nil).column($0) }
        let rk = try rightKeys.map { try Evaluator(table: r, tableName: nil).column($0) }
        let (leftCodes, rightCodes) = JoinKeys.encode(lk, rk)
        var pairsL: [Int] = [], pairsR: [Int] = []
        if let dense = JoinKeys.denseCodes(leftCodes, rightCodes) {
            // Single keys with small dense codes (text keys always): buckets as offsets into one
            // array instead of a hash table of arrays.
            let (lc, rc, size) = dense
            var start = [Int](repeating: 0, count: size + 1)
            for c in rc where c >= 0 { start[c + 1] += 1 }
            for c in 0..<size { start[c + 1] += start[c] }
            var fill = start
            var rows = [Int](repeating: 0, count: start[size])
            for (j, c) in rc.enumerated() where c >= 0 { rows[fill[c]] = j; fill[c] += 1 }
            var matches = 0
            for c in lc where c >= 0 && c < size { matches &+= start[c + 1] - start[c] }
            try admitJoin(matches, l, r, output, plan)
            pairsL.reserveCapacity(matches)
            pairsR.reserveCapacity(matches)
            var nextCheck = 0
            for (i, c) in lc.enumerated() where c >= 0 && c < size {
                if pairsL.count >= nextCheck { try runGuard?.check(); nextCheck = pairsL.count + Executor.checkEvery }
                for k in start[c]..<start[c + 1] { pairsL.append(i); pairsR.append(rows[k]) }
            }
        } else {
            // Build on the right side.
            var buckets: [JoinKeys.Key: [Int]] = [:]
            for j in 0..<r.rowCount {
                guard let k = rightCodes[j] else { continue }  // null keys never match
                buckets[k, default: []].append(j)
            }
            var matchCount = 0
            for i in 0..<l.rowCount {
                if let k = leftCodes[i], let matches = buckets[k] { matchCount &+= matches.count }
            }
            try admitJoin(matchCount, l, r, output, plan)
            pairsL.reserveCapacity(matchCount)
            pairsR.reserveCapacity(matchCount)
            var nextCheck = 0
            for i in 0..<l.rowCount {
                if i & 0x1FFF == 0 || pairsL.count >= nextCheck { try runGuard?.check(); nextCheck = pairsL.count + Executor.checkEvery }
                guard let k = leftCodes[i], let matches = buckets[k] else { continue }
                for j in matches { pairsL.append(i); pairsR.append(j) }
            }
        }
        if let residual {
            let combined = Table(schema: l.schema + r.schema,
                                 columns: try l.columns.map { try runGuard?.check(); return $0.gather(pairsL) }
                                     + r.columns.map { try runGuard?.check(); return $0.gather(pairsR) },
                                 rowCount: pairsL.count)
            let keep = Kernels.selection(try Evaluator(table: combined, tableName: nil).evaluate(residual), count: pairsL.count)
            pairsL = keep.map { pairsL[$0] }
            pairsR = keep.map { pairsR[$0] }
        }
        var leftRows: [Int] = [], rightRows: [Int] = []
        switch kind {
        case .semi, .anti:
            var matched = [Bool](repeating: false, count: l.rowCount)
            for i in pairsL { matched[i] = true }
            leftRows = (0..<l.rowCount).filter { matched[$0] == (kind == .semi) }
            rightRows = [Int](repeating: -1, count: leftRows.count)
        case .inner:
            leftRows = pairsL; rightRows = pairsR
        case .left, .full:
            var matched = [Bool](repeating: false, count: l.rowCount)
            for i in pairsL { matched[i] = true }
            // Keep left order: walk left rows, emitting their matches.
            var byLeft = [[Int]](repeating: [], count: l.rowCount)
            for (p, i) in pairsL.enumerated() { byLeft[i].append(pairsR[p]) }
            for i in 0..<l.rowCount {
                if byLeft[i].isEmpty { leftRows.append(i); rightRows.append(-1) }
                else { for j in byLeft[i] { leftRows.append(i); rightRows.append(j) } }
            }
            if kind == .full {
                var rightMatched = [Bool](repeating: false, count: r.rowCount)
                for j in pairsR { rightMatched[j] = true }
                for j in 0..<r.rowCount where !rightMatched[j] { leftRows.append(-1); rightRows.append(j) }
            }
        }
        if kind == .inner || kind == .left || kind == .full {
            var matchedLeft = [Bool](repeating: false, count: l.rowCount)
            var leftMatches = 0
            for i in pairsL where !matchedLeft[i] { matchedLeft[i] = true; leftMatches += 1 }
            if joinTally != nil {
                joinTally?.append((leftMatches, pairsL.count))
            } else if pairsL.count > leftMatches {
                env.log.report(Executor.multipliedRows(plan, leftKeys, leftMatches: leftMatches, pairs: pairsL.count))
            }
        }
        var columns: [Column] = []
        for o in output {
            try runGuard?.check()
            switch o.side {
            case .left: columns.append(l.columns[o.leftIndex!].gather(leftRows))
            case .right: columns.append(r.columns[o.rightIndex!].gather(rightRows))
            case .coalesced:
                let a = l.columns[o.leftIndex!].gather(leftRows), b = r.columns[o.rightIndex!].gather(rightRows)
                var builder = ColumnBuilder(type: plan.schema[columns.count].type, capacity: leftRows.count)
                for i in 0..<leftRows.count {
                    if i & 0x1FFF == 0 { try runGuard?.check() }
                    builder.append(leftRows[i] >= 0 ? a[i] : b[i])
                }
                columns.append(builder.finish())
            }
        }
        return Table(schema: plan.schema, columns: columns, rowCount: leftRows.count)
    }

    /// The warning for a join whose right side matched some left rows more than once.
    static func multipliedRows(_ plan: QueryPlan, _ leftKeys: [BoundExpr], leftMatches: Int, pairs: Int) -> Diagnostic {
        let keyNames = leftKeys.map { $0.span?.text ?? "key" }.joined(separator: ", ")
        return .warning(
            "join multiplied rows: \(leftMatches) matching left rows became \(pairs) because some \(keyNames) values match several right rows",
            at: plan.span,
            hints: ["sums over the joined rows will count left values more than once; summarize the right side first, or use `join semi`"])
    }

    /// Refuses a join whose matching pairs would pass the row limit or the memory budget,
    /// before the pairs are built: an exploding join is an error, not an allocation failure.
    private func admitJoin(_ matches: Int, _ l: Table, _ r: Table, _ output: [JoinOutputColumn], _ plan: QueryPlan) throws {
        guard let runGuard else { return }
        // A count that wrapped is past any limit.
        let pairs = matches < 0 ? Int.max : matches
        try runGuard.admitRows(pairs, "the join", at: plan.span)
        var rowBytes = 16  // the pair of row indices
        for o in output {
            if let i = o.leftIndex { rowBytes += l.columns[i].bytesPerRow }
            else if let j = o.rightIndex { rowBytes += r.columns[j].bytesPerRow }
        }
        let (bytes, overflow) = pairs.multipliedReportingOverflow(by: rowBytes)
        try runGuard.admitBytes(overflow ? Int.max : bytes, "the join's \(pairs) rows", at: plan.span)
    }

    // MARK: pivot

    func pivot(_ plan: QueryPlan, _ t: Table, _ keys: [Int], _ pivotColumn: Int, _ value: BoundExpr, _ values: [Value]) throws -> Table {
        let (byGroups, firstRows) = try GroupKeys.group(keys.map { t.columns[$0] }, rowCount: t.rowCount)
        var index: [Value: Int] = [:]
        for (j, v) in values.enumerated() { index[v] = j }
        let m = values.count
        var combined = [Int32](repeating: -1, count: t.rowCount)
        let pc = t.columns[pivotColumn]
        for r in 0..<t.rowCount {
            if r & 0x1FFF == 0 { try runGuard?.check() }
            guard let j = index[pc[r]] else { continue }
            let slot = Int(byGroups.groupOf[r]) * m + j
            combined[r] = Int32(slot)
        }
        let cells = try aggregateColumn(value, t, Grouping(groupOf: combined, count: byGroups.count * m))
        var columns = keys.map { t.columns[$0].gather(firstRows) }
        for j in 0..<m {
            try runGuard?.check()
            columns.append(cells.gather((0..<byGroups.count).map { $0 * m + j }))
        }
        return Table(schema: plan.schema, columns: columns, rowCount: byGroups.count)
    }
}

/// Encodes join keys of both sides into comparable per-row keys; nil for a row with a null key.
enum JoinKeys {
    enum Key: Hashable {
        case one(Int)
        case many([Int])
    }

    /// Codes as array indices (-1 for null) when there is one key and its codes are small
    /// non-negative numbers; nil otherwise.
    static func denseCodes(_ left: [Key?], _ right: [Key?]) -> ([Int], [Int], Int)? {
        var maxCode = -1
        for k in right {
            guard let k else { continue }
            guard case .one(let c) = k, c >= 0, c < 1 << 24 else { return nil }
            maxCode = max(maxCode, c)
        }
        if maxCode > 4 * right.count + 1024 { return nil }
        let size = maxCode + 1
        func flat(_ keys: [Key?]) -> [Int] {
            keys.map { k in if case .one(let c)? = k, c >= 0, c < size { return c } else { return -1 } }
        }
        return (flat(left), flat(right), size)
    }

    static func encode(_ left: [Column], _ right: [Column]) -> ([Key?], [Key?]) {
        var lcodes: [[Int?]] = [], rcodes: [[Int?]] = []
        for (a, b) in zip(left, right) {
            let (x, y) = encodePair(a, b)
            lcodes.append(x)
            rcodes.append(y)
        }
        func combine(_ codes: [[Int?]], _ n: Int) -> [Key?] {
            (0..<n).map { i in
                if codes.count == 1 { return codes[0][i].map(Key.one) }
                var parts: [Int] = []
                for c in codes { guard let v = c[i] else { return nil }; parts.append(v) }
                return .many(parts)
            }
        }
        return (combine(lcodes, left.first?.count ?? 0), combine(rcodes, right.first?.count ?? 0))
    }

    /// Codes that are equal exactly when the values are equal, across both columns.
    static func encodePair(_ a: Column, _ b: Column) -> ([Int?], [Int?]) {
        switch (a.storage, b.storage) {
        case (.text(let ca, let da), .text(let cb, let db)):
            var ids: [String: Int] = [:]
            let ma = da.map { s -> Int in if let k = ids[s] { return k }; let k = ids.count; ids[s] = k; return k }
            let mb = db.map { s -> Int in if let k = ids[s] { return k }; let k = ids.count; ids[s] = k; return k }
            return ((0..<a.count).map { a.isNull($0) ? nil : ma[Int(ca[$0])] },
                    (0..<b.count).map { b.isNull($0) ? nil : mb[Int(cb[$0])] })
        case (.int(let x), .int(let y)):
            return ((0..<a.count).map { a.isNull($0) ? nil : x[$0] }, (0..<b.count).map { b.isNull($0) ? nil : y[$0] })
        case (.fiscalYear(let x), .fiscalYear(let y)), (.date(let x), .date(let y)), (.month(let x), .month(let y)):
            return ((0..<a.count).map { a.isNull($0) ? nil : Int(x[$0]) }, (0..<b.count).map { b.isNull($0) ? nil : Int(y[$0]) })
        default:
            var ids: [Value: Int] = [:]
            func code(_ v: Value) -> Int? {
                if v.isNull { return nil }
                // Numbers of different types compare by value.
                let key: Value
                switch v {
                case .int(let i): key = .decimal(ExactDecimal(i).normalized)
                case .decimal(let d): key = .decimal(d.normalized)
                default: key = v
                }
                if let k = ids[key] { return k }
                let k = ids.count
                ids[key] = k
                return k
            }
            return ((0..<a.count).map { code(a[$0]) }, (0..<b.count).map { code(b[$0]) })
        }
    }
}
