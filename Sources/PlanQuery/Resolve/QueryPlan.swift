/// The typed relational plan: what resolution produces and what the executor, the REPL's
/// completion and (later) the SQL lowering all read. Columns are referred to by index into
/// the input's schema; every node knows its output schema.
package final class QueryPlan: Sendable {
    package let node: QueryNode
    package let schema: [ColumnInfo]
    package let span: Span?
    /// Steps from here down to the deepest source (a scan is 1). The resolver refuses plans
    /// deeper than the nesting limit: execution, and freeing the plan, recurse per step.
    package let height: Int

    package init(_ node: QueryNode, schema: [ColumnInfo], span: Span?) {
        self.node = node
        self.schema = schema
        self.span = span
        self.height = 1 + node.inputs.reduce(0) { max($0, $1.height) }
    }
}

package enum TableSourceKind: Sendable {
    /// A table in the catalog (loaded with `--data`, the bundled dataset, `.load`).
    case catalog(String)
    /// A file named in the query: `from "budgets.csv"`, or `read("path", ...)` with options.
    case file(String, ReadOptions)
    /// A `let`-bound table, materialised when the `let` ran.
    case binding(String)
}

package indirect enum QueryNode: Sendable {
    /// `columns`: when set, only these columns of the source are read (the rest are null
    /// placeholders the query never uses); nil reads every column. Binding leaves it nil;
    /// the optimizer's column pruning sets it.
    case scan(TableSourceKind, columns: Set<String>?)
    /// The rows of the current group inside `group k (...)`.
    case groupInput
    case filter(QueryPlan, BoundExpr)
    /// One output column per expression, in order.
    case project(QueryPlan, [BoundExpr])
    /// Appends one column per window/aggregate expression, computed over the whole input in
    /// its current order (inside `group`, the input is one group).
    case window(QueryPlan, [BoundExpr])
    case sort(QueryPlan, [BoundSortKey])
    case limit(QueryPlan, Int)
    /// The first `count` rows in the order of the keys: `sort | take`, made by the optimizer,
    /// selected without sorting every row.
    case topN(QueryPlan, [BoundSortKey], count: Int)
    /// Output: the key columns, then one column per aggregate.
    case aggregate(QueryPlan, keys: [BoundExpr], aggregates: [BoundExpr])
    case join(QueryPlan, QueryPlan, JoinKind, leftKeys: [BoundExpr], rightKeys: [BoundExpr],
              residual: BoundExpr?, output: [JoinOutputColumn])
    /// Keeps the first row of each distinct combination of the key columns.
    case distinct(QueryPlan, keys: [Int])
    /// Rows of both inputs; `mapping[i]` gives, for each output column, the column index in each input (or nil → null).
    case append(QueryPlan, QueryPlan, leftColumns: [Int?], rightColumns: [Int?])
    case pivot(QueryPlan, keys: [Int], pivotColumn: Int, value: BoundExpr, columns: [Value])
    case unpivot(QueryPlan, keep: [Int], unpivoted: [Int], keyValues: [Value])
    case group(QueryPlan, keys: [Int], body: QueryPlan, prependKeys: Bool)
    /// Appends a grand-total row; with `by` (key column indices), rows are regrouped by the keys
    /// (a rollup: each key level nested in the previous one, groups in order of first appearance)
    /// and a subtotal row follows each group.
    case total(QueryPlan, label: String, labelColumn: Int?, sumColumns: [Int], by: [Int])
    /// One row per input column: type, nulls, distinct values, unparsed cells, range.
    case describe(QueryPlan)
    case values(Table)
}

extension QueryNode {
    /// The plans this step reads, left to right (a group's body last).
    package var inputs: [QueryPlan] {
        switch self {
        case .scan, .groupInput, .values: return []
        case .filter(let p, _), .project(let p, _), .window(let p, _), .sort(let p, _), .limit(let p, _),
             .aggregate(let p, _, _), .distinct(let p, _), .pivot(let p, _, _, _, _), .unpivot(let p, _, _, _),
             .total(let p, _, _, _, _), .describe(let p), .topN(let p, _, _):
            return [p]
        case .join(let a, let b, _, _, _, _, _), .append(let a, let b, _, _): return [a, b]
        case .group(let p, _, let body, _): return [p, body]
        }
    }
}

package struct BoundSortKey: Sendable {
    package var expr: BoundExpr
    package var descending: Bool
}

package struct JoinOutputColumn: Sendable {
    package enum Side: Sendable { case left, right, coalesced }
    package var side: Side
    package var leftIndex: Int?
    package var rightIndex: Int?
}

/// A resolved, typed expression.
package struct BoundExpr: Sendable {
    package indirect enum Kind: Sendable {
        case literal(Value)
        case column(Int)
        case unary(UnaryOp, BoundExpr)
        case binary(BinaryOp, BoundExpr, BoundExpr)
        case call(ScalarFunction, [BoundExpr])
        case aggregate(AggregateFunction, [BoundExpr], filter: BoundExpr?)
        case window(WindowFunction, [BoundExpr])
        case ifThenElse(BoundExpr, BoundExpr, BoundExpr)
        case caseWhen([(BoundExpr, BoundExpr)], BoundExpr)
        case inList(BoundExpr, [BoundExpr], negated: Bool)
        case list([BoundExpr])
        /// Converts text to a date, month or financial year (a literal compared with a typed column).
        case convert(BoundExpr, DataType)
    }
    package var kind: Kind
    package var type: DataType
    package var format: ValueFormat
    package var span: Span?

    package init(_ kind: Kind, type: DataType, format: ValueFormat = .plain, span: Span?) {
        self.kind = kind
        self.type = type
        self.format = format
        self.span = span
    }

    package var isConstant: Bool {
        switch kind {
        case .literal: return true
        case .unary(_, let e), .convert(let e, _): return e.isConstant
        case .binary(_, let a, let b): return a.isConstant && b.isConstant
        case .call(let f, let args): return f.isPure && args.allSatisfy(\.isConstant)
        case .list(let items): return items.allSatisfy(\.isConstant)
        default: return false
        }
    }

    package var containsAggregate: Bool {
        switch kind {
        case .aggregate: return true
        case .literal, .column, .window: return false
        case .unary(_, let e), .convert(let e, _): return e.containsAggregate
        case .binary(_, let a, let b): return a.containsAggregate || b.containsAggregate
        case .call(_, let args), .list(let args): return args.contains { $0.containsAggregate }
        case .ifThenElse(let a, let b, let c): return a.containsAggregate || b.containsAggregate || c.containsAggregate
        case .caseWhen(let arms, let e):
            return e.containsAggregate || arms.contains { $0.0.containsAggregate || $0.1.containsAggregate }
        case .inList(let a, let items, _): return a.containsAggregate || items.contains { $0.containsAggregate }
        }
    }

    /// Column indices this expression reads.
    package var columnsUsed: Set<Int> {
        var out = Set<Int>()
        func walk(_ e: BoundExpr) {
            switch e.kind {
            case .column(let i): out.insert(i)
            case .literal: break
            case .unary(_, let a), .convert(let a, _): walk(a)
            case .binary(_, let a, let b): walk(a); walk(b)
            case .call(_, let args), .list(let args), .window(_, let args): args.forEach(walk)
            case .aggregate(_, let args, let f): args.forEach(walk); if let f { walk(f) }
            case .ifThenElse(let a, let b, let c): walk(a); walk(b); walk(c)
            case .caseWhen(let arms, let e): arms.forEach { walk($0.0); walk($0.1) }; walk(e)
            case .inList(let a, let items, _): walk(a); items.forEach(walk)
            }
        }
        walk(self)
        return out
    }
}
