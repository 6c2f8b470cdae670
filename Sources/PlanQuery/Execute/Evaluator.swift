/// Evaluates a bound expression over a table, a column at a time.
struct Evaluator {
    let table: Table
    let tableName: String?

    var count: Int { table.rowCount }

    static func constant(_ e: BoundExpr) throws -> Value {
        let empty = Table(schema: [], columns: [], rowCount: 1)
        switch try Evaluator(table: empty, tableName: nil).evaluate(e) {
        case .scalar(let v): return v
        case .column(let c): return c.count > 0 ? c[0] : .null
        }
    }

    func runtimeError(_ message: String, _ e: BoundExpr, row: Int? = nil) -> PlanQueryError {
        var location: String? = nil
        if let row {
            // Row numbers shift after `where` and `sort`, so also name the row by its first text values.
            var described: [String] = []
            for (i, c) in table.columns.enumerated() where c.type == .text && !c.isNull(row) && described.count < 2 {
                described.append("\(table.schema[i].name) \(c[row].literalText)")
            }
            location = "row \(row + 1)" + (tableName.map { " of \($0)" } ?? "")
                + (described.isEmpty ? "" : ": " + described.joined(separator: ", "))
        }
        return PlanQueryError(Diagnostic(.error, kind: .runtime, message, at: e.span, dataLocation: location))
    }

    func evaluate(_ e: BoundExpr) throws -> Operand {
        // The resolver bounds the depth; this keeps an API-built expression, or a small-stack
        // host thread, from overflowing the stack.
        try StackProbe.check(e.span, "expression")
        // Each node is a pass over the column (a few ms per million rows): the run is checked
        // before each one, so a long chain of kernels stops between two of them.
        if count > 4096 { try RunGuard.checkpoint() }
        switch e.kind {
        case .literal(let v):
            return .scalar(v)
        case .column(let i):
            return .column(table.columns[i])
        case .unary(let op, let a):
            let x = try evaluate(a)
            return try map1(x, e) { v in op == .not ? ValueOps.not(v) : try ValueOps.negate(v) }
        case .binary(let op, let a, let b):
            let x = try evaluate(a), y = try evaluate(b)
            switch op {
            case .and, .or:
                return Kernels.logical(op, x, y, count: count)
            case .eq, .ne, .lt, .le, .gt, .ge:
                return try Kernels.comparison(op, x, y, count: count)
            case .coalesce:
                return try map2(x, y, e) { p, q in p.isNull ? q : p }
            case .regexMatch:
                // The same matcher as regex_match (bounded and cancellable: PatternMatching.swift).
                do {
                    return try TextKit.mapRegex([x, y], count: count, type: .bool) { s, re, _ in .bool(try re.matches(s)) }
                } catch let failure as ValueOps.Failure {
                    throw runtimeError(failure.message, e)
                }
            default:
                do {
                    return try Kernels.arithmetic(op, x, y, resultType: e.type, count: count)
                } catch let f as ValueOps.Failure {
                    // Find the row for the message.
                    for r in 0..<count {
                        do { _ = try ValueOps.arithmetic(op, x.value(r), y.value(r)) } catch {
                            throw runtimeError(f.message, e, row: r)
                        }
                    }
                    throw runtimeError(f.message, e)
                }
            }
        case .call(let f, let args):
            let ops = try args.map { try evaluate($0) }
            do {
                return try f.evaluate(ops, count, e.type)
            } catch var err as PlanQueryError {
                // A limit checked inside the function knows no position: the call's is the one.
                for i in err.diagnostics.indices where err.diagnostics[i].span == nil { err.diagnostics[i].span = e.span }
                throw err
            } catch let failure as ValueOps.Failure {
                throw runtimeError("\(f.name): \(failure.message)", e)
            } catch let failure as FunctionTypeError {
                throw runtimeError("\(f.name): \(failure.message)", e)
            } catch {
                throw runtimeError("\(f.name): \(error)", e)
            }
        case .convert(let a, let t):
            let x = try evaluate(a)
            return try map1(x, e) { Conversions.convert($0, to: t) }
        case .list(let items):
            let ops = try items.map { try evaluate($0) }
            if ops.allSatisfy({ if case .scalar = $0 { return true } else { return false } }) {
                return .scalar(.list(ops.map { $0.value(0) }))
            }
            var b = ColumnBuilder(type: .list, capacity: count)
            for r in 0..<count {
                if r & 0xFFF == 0 { try RunGuard.checkpoint() }
                b.append(.list(ops.map { $0.value(r) }))
            }
            return .column(b.finish())
        case .ifThenElse(let c, let a, let b):
            return try evaluate(BoundExpr(.caseWhen([(c, a)], b), type: e.type, format: e.format, span: e.span))
        case .caseWhen(let arms, let other):
            let conds = try arms.map { try evaluate($0.0) }
            let vals = try arms.map { try evaluate($0.1) }
            let otherwise = try evaluate(other)
            let allScalar = (conds + vals + [otherwise]).allSatisfy { if case .scalar = $0 { return true } else { return false } }
            let rows = allScalar ? 1 : count
            var builder = ColumnBuilder(type: e.type, capacity: rows)
            for r in 0..<rows {
                if r & 0xFFF == 0 { try RunGuard.checkpoint() }
                var chosen: Value? = nil
                for (k, c) in conds.enumerated() {
                    if case .bool(true) = c.value(r) { chosen = vals[k].value(r); break }
                }
                builder.append(chosen ?? otherwise.value(r))
            }
            let col = builder.finish(format: e.format)
            return allScalar ? .scalar(col[0]) : .column(col)
        case .inList(let a, let items, let negated):
            let x = try evaluate(a)
            let ops = try items.map { try evaluate($0) }
            // Constant lists against a text column: decide per dictionary entry.
            var result: Operand? = nil
            for o in ops {
                let eq = try Kernels.comparison(.eq, x, o, count: count)
                result = result.map { Kernels.logical(.or, $0, eq, count: count) } ?? eq
            }
            let r = result ?? .scalar(.bool(false))
            return negated ? try map1(r, e) { ValueOps.not($0) } : r
        case .aggregate, .window:
            throw runtimeError("internal error: aggregate evaluated outside summarize", e)
        }
    }

    func map1(_ x: Operand, _ e: BoundExpr, _ f: (Value) throws -> Value) throws -> Operand {
        do {
            if case .scalar(let v) = x { return .scalar(try f(v)) }
            var b = ColumnBuilder(type: e.type, capacity: count)
            for r in 0..<count {
                if r & 0xFFF == 0 { try RunGuard.checkpoint() }
                do { b.append(try f(x.value(r))) } catch let fail as ValueOps.Failure { throw runtimeError(fail.message, e, row: r) }
            }
            return .column(b.finish(format: e.format))
        } catch let fail as ValueOps.Failure {
            throw runtimeError(fail.message, e)
        }
    }

    func map2(_ x: Operand, _ y: Operand, _ e: BoundExpr, _ f: (Value, Value) throws -> Value) throws -> Operand {
        if case .scalar(let p) = x, case .scalar(let q) = y { return .scalar(try f(p, q)) }
        var b = ColumnBuilder(type: e.type, capacity: count)
        for r in 0..<count {
            if r & 0xFFF == 0 { try RunGuard.checkpoint() }
            b.append(try f(x.value(r), y.value(r)))
        }
        return .column(b.finish(format: e.format))
    }

    /// Evaluates to a full column (constants repeated).
    func column(_ e: BoundExpr) throws -> Column {
        var c: Column
        switch try evaluate(e) {
        case .column(let x): c = x
        case .scalar(let v): c = try Column.constant(v, count: count, format: e.format, checking: RunGuard.current)
        }
        if c.format != e.format { c.format = e.format }
        return c
    }
}
