/// Name and type resolution: turns the syntax tree into a typed `QueryPlan`. Every name is
/// checked here, before any row is read, so a misspelt column fails with a "did you mean".
///
/// Binding needs only schemas: it never loads a table's rows. The one place data decides the
/// shape of a result, `pivot`'s new columns, asks `pivotKeys`, which the caller chooses.
struct Resolver {
    let env: Environment
    /// Where `pivot` learns its key values (the new columns' names).
    let pivotKeys: any PivotKeyDiscovery
    var functionDepth = 0
    /// Expressions and sub-queries being bound (the nesting limit), and expression nodes bound
    /// so far in this statement (Limits.maxBoundNodes).
    var nesting = NestingDepth()
    var boundNodes = 0
    /// When `pivotKeys` cannot know the values (validation without data): names a later step
    /// uses that no column has, taken to be pivot columns of this type.
    var openPivot: ColumnInfo? = nil
    /// The names met that way; a second binding assumes them as the pivot's columns.
    var unresolvedAfterOpenPivot: [String] = []
    var assumedPivotColumns: [String] = []

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

    init(env: Environment, pivotKeys: any PivotKeyDiscovery) {
        self.env = env
        self.pivotKeys = pivotKeys
    }

    /// A plan deeper than the nesting limit steps is refused where it grew too deep.
    func checkHeight(_ plan: QueryPlan, _ span: Span) throws {
        if plan.height > nesting.limit { throw NestingDepth.tooDeep(span, "query", limit: nesting.limit) }
    }

    /// Non-fatal findings (a constant hidden by a column of the same name).
    func warn(_ d: Diagnostic) { env.log.report(d) }

    func error(_ kind: Diagnostic.Kind, _ message: String, _ span: Span?, hints: [String] = []) -> PlanQueryError {
        PlanQueryError(.error(kind, message, at: span, hints: hints))
    }
}
