/// Name and type resolution: turns the syntax tree into a typed `QueryPlan`. Every name is
/// checked here, before any row is read, so a misspelt column fails with a "did you mean".
struct Resolver {
    let env: Environment
    /// Runs a sub-plan during resolution (pivot needs its input's distinct keys to know its columns).
    let run: (QueryPlan) throws -> Table
    var functionDepth = 0
    /// Expressions and sub-queries being bound (Limits.maxNesting), and expression nodes bound
    /// so far in this statement (Limits.maxBoundNodes).
    var nesting = NestingDepth()
    var boundNodes = 0
    /// Source columns the statement can use (ReferencedNames); nil means all of them.
    var neededColumns: Set<String>? = nil
    /// Non-fatal findings (a constant hidden by a column of the same name).
    let warn: (Diagnostic) -> Void

    /// Collects aggregate and window calls met while binding an expression: they are
    /// computed by a `window`/`aggregate` node and the expression refers to their column.
    final class Collector {
        var items: [BoundExpr] = []
        let base: Int
        init(base: Int) { self.base = base }
        func add(_ e: BoundExpr) -> BoundExpr {
            items.append(e)
            return BoundExpr(.column(base + items.count - 1), type: e.type, format: e.format, span: e.span)
        }
    }

    enum Mode {
        /// Plain row expressions: no aggregates or window functions (aggregate arguments, join keys).
        case row
        /// Aggregates over the whole input and window functions allowed (where, select, derive, sort).
        case window(Collector)
        /// Inside summarize: aggregates allowed; plain columns only if they are keys.
        case aggregate(Collector, keys: [BoundExpr], keyNames: [String])
    }

    final class ParamArgument {
        let expr: Expr
        let callerParams: [String: ParamArgument]
        init(expr: Expr, callerParams: [String: ParamArgument]) { self.expr = expr; self.callerParams = callerParams }
    }

    struct Scope {
        var columns: [ColumnInfo]
        var mode: Mode
        /// In a join condition: how many of `columns` belong to the left side, and the side names.
        var join: (leftCount: Int, leftName: String?, rightName: String?)? = nil
        /// Parameters of the user function being expanded: the caller's argument expressions,
        /// bound where the parameter is used (so `fn spread(x) = max(x) - min(x)` works in summarize).
        var params: [String: ParamArgument] = [:]
        /// What the clause is, for messages: "where", "summarize", ...
        var clause: String
    }

    init(env: Environment, warn: @escaping (Diagnostic) -> Void = { _ in }, run: @escaping (QueryPlan) throws -> Table) {
        self.env = env
        self.warn = warn
        self.run = run
    }

    /// A plan deeper than `Limits.maxNesting` steps is refused where it grew too deep.
    func checkHeight(_ plan: QueryPlan, _ span: Span) throws {
        if plan.height > Limits.maxNesting { throw NestingDepth.tooDeep(span, "query") }
    }

    func error(_ kind: Diagnostic.Kind, _ message: String, _ span: Span?, hints: [String] = []) -> PlanQueryError {
        PlanQueryError(.error(kind, message, at: span, hints: hints))
    }
}
