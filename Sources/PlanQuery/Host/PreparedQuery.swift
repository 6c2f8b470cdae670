/// A query parsed and checked once, run many times with different parameter values:
///
///     let totals = try engine.prepare("""
///         param year = FY2008/09
///         from budgets | where fy == year | summarize gross = sum(gross)
///         """)
///     try totals.bind("year", FY(2009))
///     let table = try totals.run()
///
/// `prepare` parses the source and binds it against the tables' schemas (no rows are
/// read), so every name, type and syntax error surfaces there, with its position. The
/// parameters are the source's `param` statements plus the names given to `prepare`;
/// `bind` checks a value against the parameter's type at once.
///
/// Each `run` starts from the engine's state, like `Engine.run`. A query whose plan does
/// not depend on other statements' data (only `param`, `let` values and `fn` before it)
/// keeps its bound plan and reruns it while the bindings stay the same; a new value is
/// folded into a new plan (planq folds constants into the plan, so `where fy == year`
/// becomes a comparison with a literal that can use its type) — binding reads schemas
/// only and costs microseconds. A prepared query belongs to its engine's thread.
public final class PreparedQuery {
    public let engine: Engine
    let source: SourceFile
    let statements: [Statement]
    /// The result's columns, as bound at `prepare` (a file sampled then may type a column
    /// differently once it is read whole).
    public let schema: [ColumnInfo]
    /// Each parameter's type, from its `param` default or the value given to `prepare`.
    public var parameterTypes: [String: DataType] { parameterExamples.mapValues(\.type) }
    /// Each parameter's default (or first) value, which fixes its type.
    private let parameterExamples: [String: Value]
    private var bindings: [String: Value]
    /// The plan of the final query for the bindings it was made with, when it can be reused.
    private var cached: (bindings: [String: Value], plan: QueryPlan)?
    private let reusablePlan: Bool

    init(engine: Engine, source: SourceFile, parameters: [String: Value]) throws {
        self.engine = engine
        self.source = source
        let statements = try engine.withRun { _ in try engine.parsed(source) }
        guard let last = statements.last, case .query = last.kind else {
            throw PlanQueryError(.error(.usage, "a prepared query must end with a query (`from ...`)",
                                        at: statements.last?.span ?? Span(file: source, start: 0, end: 0)))
        }
        self.statements = statements
        reusablePlan = statements.dropLast().allSatisfy { s in
            switch s.kind {
            case .param, .letValue, .function: return true
            default: return false
            }
        }
        bindings = parameters
        // Bind once: every error surfaces now, and the parameters' types are learned.
        let (plan, examples) = try engine.withRun(parameters: parameters) { scratch -> (QueryPlan, [String: Value]) in
            try engine.defineUndeclaredParameters(statements, in: scratch)
            var last: QueryPlan?
            var examples = parameters
            for s in statements {
                if let plan = try engine.bindOnly(s, in: scratch, pivotKeys: .assumedFromUse) { last = plan }
                if case .param(let name, _) = s.kind, let c = scratch.constants[name] { examples[name] = c.value }
            }
            guard let last else { throw PlanQueryError(.error(.usage, "a prepared query must end with a query", at: nil)) }
            return (last, examples)
        }
        schema = plan.schema
        parameterExamples = examples
    }

    /// The names `bind` accepts.
    public var parameterNames: [String] { parameterTypes.keys.sorted() }

    /// Sets a parameter for the following runs. The value must have the parameter's type
    /// (any number for a number; null for any) or be text of it (`"2009/10"` for a
    /// financial year, as `--param` gives it), else this throws at once.
    public func bind(_ name: String, _ value: some ValueConvertible) throws {
        var v = value.planValue
        guard let example = parameterExamples[name] else {
            let known = parameterNames.isEmpty ? "it declares none" : "its parameters: " + parameterNames.joined(separator: ", ")
            throw PlanQueryError(.error(.usage, "the query has no parameter `\(name)`", at: nil,
                                        hints: [known + "; declare one with `param \(name) = DEFAULT`"]))
        }
        let declared = example.type
        if case .text = v, declared != .text, declared != .null {
            v = try engine.parameterValue(v, like: example, name: name, span: nil, in: engine.env)
        }
        guard v.isNull || declared == .null || v.type == declared || (v.type.isNumeric && declared.isNumeric) else {
            throw PlanQueryError(.error(.type, "parameter `\(name)` is \(declared.displayName), not \(v.type.displayName) \(v.literalText)", at: nil))
        }
        bindings[name] = v
    }

    /// Forgets the values bound since `prepare` (back to the `param` defaults and the values given to `prepare`).
    public func clearBindings() {
        bindings = [:]
    }

    /// Runs the query with the current bindings and returns its table.
    public func run() throws -> Table {
        try engine.withRun(parameters: engine.parameters.merging(bindings) { $1 }) { runEnv in
            if reusablePlan, let cached, cached.bindings == bindings {
                do {
                    let table = try Executor(env: runEnv).execute(cached.plan)
                    ResultChecks(env: runEnv, warn: { runEnv.log.report($0) }).run(cached.plan)
                    return table
                } catch is Executor.SchemaChanged {
                    // A sampled file typed differently once read whole: bind again below.
                }
            }
            try engine.defineUndeclaredParameters(statements, in: runEnv)
            for s in statements.dropLast() { try engine.execute(s, in: runEnv) { _ in } }
            guard case .query(let pipeline) = statements[statements.count - 1].kind else {
                throw PlanQueryError(.error(.usage, "a prepared query must end with a query", at: nil))
            }
            runEnv.log.beginStatement()
            let (plan, table) = try engine.bindAndRun(pipeline, in: runEnv)
            if reusablePlan { cached = (bindings, plan) }
            return table
        }
    }
}

extension Engine {
    /// Parses and binds source ending in a query, to run it many times (see `PreparedQuery`).
    /// `parameters` declares names the source uses without a `param` statement, with their
    /// first values (their types are fixed by them).
    public func prepare(_ text: String, name: String = "<prepared>", parameters: [String: Value] = [:]) throws -> PreparedQuery {
        try PreparedQuery(engine: self, source: SourceFile(name: name, text: text), parameters: parameters)
    }

    /// Everything an editor shows for a piece of source, without running it or reading any
    /// rows: syntax errors, then the first name or type error (later statements may depend
    /// on the failed one), and the warnings binding finds. Each diagnostic has `line` and
    /// `column` when it points into the source.
    public func validate(_ text: String, name: String = "<editor>") -> [Diagnostic] {
        let file = SourceFile(name: name, text: text)
        let (program, syntax) = Parser.parse(file)
        if syntax.contains(where: { $0.severity == .error }) { return syntax }
        var found = syntax
        do {
            try withRun { scratch in
                defer { found += env.log.drain() }
                try defineUndeclaredParameters(program.statements, in: scratch)
                let sections = Engine.sectionProblems(program.statements, carried: 0)
                if let stray = sections.strayEnd { throw PlanQueryError(stray) }
                found += sections.open.map(Engine.unclosedSectionWarning)
                for statement in program.statements {
                    scratch.log.beginStatement()
                    _ = try bindOnly(statement, in: scratch, pivotKeys: .assumedFromUse)
                    found += env.log.drain()
                }
            }
        } catch let e as PlanQueryError {
            found += e.diagnostics
        } catch {
            found.append(.error(.usage, "\(error)", at: nil))
        }
        return found
    }
}
