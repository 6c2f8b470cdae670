/// What a statement produced.
public enum Output: Sendable {
    case table(Table)
    case value(Value, ValueFormat)
    /// Text for people: help entries, notes.
    case message(String)
}

/// The embedding API: register tables, run planq source, get tables and diagnostics back.
/// An engine is not thread-safe; use one per thread (they are cheap).
///
/// Every file the engine reads goes through `files`, one `FileSystem` with a `FilePolicy`:
/// a new engine reads no files unless its host says so.
public final class Engine: @unchecked Sendable {
    public let env: Environment
    /// Non-fatal diagnostics (join fan-out, loader findings, lints) go here as they happen,
    /// once per statement each.
    public var onWarning: (Diagnostic) -> Void {
        get { warningHandler.handler }
        set { warningHandler.handler = newValue }
    }
    /// Parameter values given from outside (`--param name=value`), as text.
    public var parameters: [String: String] = [:]
    /// Checked between steps of a query; set it to stop a long query.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Modules already loaded (a path, or `stdlib/NAME.planq` for the compiled-in ones).
    private(set) var importedModules: Set<String> = []
    private let warningHandler: WarningHandler

    /// planq's version; the command line adds the commit it was built from.
    public static let version = "0.1.0"

    /// `files`: which files queries, `import` and hints may read (default: none).
    /// `standardLibrary: false` starts without the planq-written standard library (`rag`,
    /// `variance`, ...); `import "stdlib/NAME"` still loads a module of it. It is compiled in
    /// and parsed once per process, so it reads no file and costs a new engine nothing.
    public init(catalog: Catalog = Catalog(), registry: FunctionRegistry = .builtins,
                files: any FileSystem = LocalFileSystem(policy: .none), standardLibrary: Bool = true) {
        let handler = WarningHandler()
        warningHandler = handler
        let log = DiagnosticLog(deliver: { handler.handler($0) })
        self.env = Environment(catalog: catalog, registry: registry, files: files, log: log)
        if standardLibrary, case .success(let prelude) = StandardLibrary.prelude {
            env.functions = prelude.functions
            env.constants = prelude.constants
            importedModules = prelude.modules
        }
    }

    public var catalog: Catalog { env.catalog }

    public func register(_ table: Table, as name: String) {
        env.catalog.register(table, as: name)
    }

    /// Registers a data file (CSV, TSV, JSON, JSONL, a plan document) as a table, read through
    /// the engine's file policy when a query first needs it.
    public func registerFile(_ path: String, as name: String, options: ReadOptions = ReadOptions()) {
        env.catalog.register(FileTableSource(path: path, options: options), as: name)
    }

    /// The rows of a `let` table or a catalog table, loading it if needed (loader findings
    /// go to `onWarning`).
    public func table(named name: String) throws -> Table? {
        if let b = env.tables[name] { return b.table }
        return try env.catalog.table(named: name, env.loadContext())
    }

    /// Reads a data file through the engine's file policy (findings go to `onWarning`).
    public func load(path: String, options: ReadOptions = ReadOptions()) throws -> Table {
        env.log.beginStatement()
        let (table, findings) = try DataFiles.load(path, options: options, files: env.files)
        for f in findings { env.log.report(f) }
        return table
    }

    /// Parses without running: the syntax errors, if any.
    public func syntaxErrors(_ source: SourceFile) -> [Diagnostic] {
        Parser.parse(source).1
    }

    /// Runs every statement in order, handing each output to `emit` as soon as it exists.
    /// Syntax errors stop the run before anything executes; a later error stops it there.
    public func run(_ source: SourceFile, emit: (Output) throws -> Void) throws {
        let (program, diagnostics) = Parser.parse(source)
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw PlanQueryError(errors) }
        for statement in program.statements {
            try execute(statement, emit: emit)
        }
    }

    /// Runs source text and returns everything it produced.
    public func run(_ text: String, name: String = "<command>") throws -> [Output] {
        var outputs: [Output] = []
        try run(SourceFile(name: name, text: text)) { outputs.append($0) }
        return outputs
    }

    /// Runs one query and returns its table (the last table output).
    public func query(_ text: String, name: String = "<command>") throws -> Table {
        let outputs = try run(text, name: name)
        for o in outputs.reversed() { if case .table(let t) = o { return t } }
        for o in outputs.reversed() {
            if case .value(let v, let f) = o { return Table(names: ["value"], rows: [[v]], formats: [f]) }
        }
        throw PlanQueryError(.error(.usage, "the source produced no table", at: nil))
    }

    /// Binds a script to the typed plan of its last query without running anything: `let`,
    /// `param`, `fn` and `import` statements are bound in a scratch copy of the environment
    /// (the engine's own state does not change), and no table's rows are read — only
    /// schemas (a registered schema, or a sample of a large file). A `pivot`'s new columns
    /// come from the data, so they are taken to be the names later steps use; pass
    /// `pivotKeys: .fromData` to read the pivot column's values instead (the REPL's
    /// completion does). The plan is optimised (pruned scans, top-N).
    public func plan(_ text: String, name: String = "<command>", pivotKeys: PivotKeysSource = .assumedFromUse) throws -> QueryPlan {
        let file = SourceFile(name: name, text: text)
        let (program, diagnostics) = Parser.parse(file)
        if let e = diagnostics.first(where: { $0.severity == .error }) { throw PlanQueryError(e) }
        let scratch = env.scratchCopy()
        var last: QueryPlan?
        for statement in program.statements {
            if let plan = try bindOnly(statement, in: scratch, pivotKeys: pivotKeys) { last = plan }
        }
        guard let last else {
            throw PlanQueryError(.error(.usage, "expected a query starting with `from`", at: nil))
        }
        return last
    }

    /// Where `plan()` learns a pivot's new columns.
    public enum PivotKeysSource: Sendable {
        /// Read nothing: the names later steps use are taken to be pivot columns.
        case assumedFromUse
        /// Run the query that finds the pivot column's values (reads data).
        case fromData
    }

    // MARK: statements

    func execute(_ statement: Statement, emit: (Output) throws -> Void) throws {
        env.log.beginStatement()
        switch statement.kind {
        case .letValue(let name, let expr):
            env.constants[name] = try constant(expr, clause: "let", in: env)
        case .letTable(let name, let pipeline):
            let (plan, table) = try bindAndRun(pipeline)
            env.tables[name] = TableBinding(plan: plan, table: table)
        case .function(let name, let params, let body):
            define(name, params, body, statement, in: env)
        case .importModule(let path):
            try importModule(path, from: statement) { try self.loadModule($0) }
        case .param(let name, let defaultExpr):
            env.constants[name] = try parameter(name, defaultExpr, statement, in: env)
        case .query(let pipeline):
            try emit(.table(try bindAndRun(pipeline).1))
        case .expression(let expr):
            var resolver = makeResolver(env, pivotKeys: NoPivotKeyDiscovery())
            let bound = try resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "an expression"))
            try emit(.value(try Evaluator.constant(bound), bound.format))
        case .help(let topic):
            try emit(.message(HelpText.render(topic: topic, registry: env.registry, functions: env.functions)))
        }
    }

    /// `plan()`'s side of `execute`: binds, never runs. Returns the plan of a query or `let` table.
    private func bindOnly(_ statement: Statement, in scratch: Environment, pivotKeys: PivotKeysSource) throws -> QueryPlan? {
        switch statement.kind {
        case .letValue(let name, let expr):
            scratch.constants[name] = try constant(expr, clause: "let", in: scratch)
        case .letTable(let name, let pipeline):
            let plan = try bindWithoutRunning(pipeline, in: scratch, pivotKeys: pivotKeys)
            scratch.tables[name] = TableBinding(plan: plan, table: nil)
            return plan
        case .function(let name, let params, let body):
            define(name, params, body, statement, in: scratch)
        case .importModule(let path):
            try importModule(path, from: statement) { module in
                for s in try self.parsed(module) { _ = try self.bindOnly(s, in: scratch, pivotKeys: pivotKeys) }
            }
        case .param(let name, let defaultExpr):
            scratch.constants[name] = try parameter(name, defaultExpr, statement, in: scratch)
        case .query(let pipeline):
            return try bindWithoutRunning(pipeline, in: scratch, pivotKeys: pivotKeys)
        case .expression, .help:
            break
        }
        return nil
    }

    private func bindWithoutRunning(_ pipeline: Pipeline, in scratch: Environment, pivotKeys: PivotKeysSource) throws -> QueryPlan {
        let discovery: any PivotKeyDiscovery = pivotKeys == .fromData
            ? LocalPivotKeyDiscovery(run: { try Executor(env: scratch).execute(Optimizer.optimize($0)) })
            : NoPivotKeyDiscovery()
        var resolver = makeResolver(scratch, pivotKeys: discovery)
        var plan = try resolver.bind(pipeline)
        if !resolver.unresolvedAfterOpenPivot.isEmpty {
            // Bind again, taking the names used after the pivot to be its columns.
            var again = makeResolver(scratch, pivotKeys: discovery)
            again.assumedPivotColumns = resolver.unresolvedAfterOpenPivot
            plan = try again.bind(pipeline)
        }
        return Optimizer.optimize(plan)
    }

    /// Binds a pipeline, optimises it and runs it. When a load finds column types other than
    /// the ones a sample of the file suggested, the statement is bound once more with them.
    func bindAndRun(_ pipeline: Pipeline) throws -> (QueryPlan, Table) {
        var attempt = 0
        while true {
            let executor = Executor(env: env)
            executor.isCancelled = isCancelled
            var resolver = makeResolver(env, pivotKeys: LocalPivotKeyDiscovery(run: { try executor.execute(Optimizer.optimize($0)) }))
            do {
                let plan = Optimizer.optimize(try resolver.bind(pipeline))
                let table = try executor.execute(plan)
                // Checks that need the rows (a text filter no row matches, sums over total rows).
                ResultChecks(env: env, warn: { self.env.log.report($0) }).run(plan)
                return (plan, table)
            } catch is Executor.SchemaChanged where attempt == 0 {
                attempt += 1
            } catch is Executor.SchemaChanged {
                throw PlanQueryError(.error(.data, "a table changed its column types while the query ran", at: pipeline.span))
            }
        }
    }

    func makeResolver(_ env: Environment, pivotKeys: any PivotKeyDiscovery) -> Resolver {
        Resolver(env: env, pivotKeys: pivotKeys)
    }

    private func constant(_ expr: Expr, clause: String, in env: Environment) throws -> ConstantBinding {
        var resolver = makeResolver(env, pivotKeys: NoPivotKeyDiscovery())
        let bound = try resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: clause))
        return ConstantBinding(value: try Evaluator.constant(bound), format: bound.format)
    }

    private func define(_ name: String, _ params: [Parameter], _ body: Expr, _ statement: Statement, in env: Environment) {
        if env.registry.lookup(name) != nil {
            env.log.report(.warning("`\(name)` replaces the built-in function of the same name", at: statement.nameSpan))
        }
        env.functions[name] = UserFunction(name: name, parameters: params, body: body, span: statement.nameSpan,
                                           definition: statement.span)
    }

    private func parameter(_ name: String, _ defaultExpr: Expr, _ statement: Statement, in env: Environment) throws -> ConstantBinding {
        var binding = try constant(defaultExpr, clause: "param", in: env)
        if let given = parameters[name] {
            binding.value = try parameterValue(given, like: binding.value, name: name, span: statement.nameSpan)
        }
        return binding
    }

    /// Turns `--param` text into a value of the declared default's type.
    func parameterValue(_ text: String, like example: Value, name: String, span: Span?) throws -> Value {
        if case .text = example { return .text(text) }
        let converted = Conversions.convert(.text(text), to: example.type)
        if !converted.isNull { return converted }
        let file = SourceFile(name: "--param \(name)", text: text)
        var parser = Parser(file)
        if let expr = try? parser.parseExpr(), parser.diagnostics.isEmpty {
            var resolver = makeResolver(env, pivotKeys: NoPivotKeyDiscovery())
            if let bound = try? resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "param")),
               let v = try? Evaluator.constant(bound) {
                if example.isNull || v.type == example.type || (v.type.isNumeric && example.type.isNumeric) { return v }
            }
        }
        throw PlanQueryError(.error(.usage, "--param \(name)=\(text): expected \(example.type.displayName) like \(example.literalText)", at: span))
    }

    // MARK: modules

    /// Finds a module and hands it to `load` once per engine.
    ///
    /// `import "stdlib/NAME"` (and `import "NAME"` inside a standard-library module) is the
    /// compiled-in module, which is not a file, unless a folder of `env.modulePaths` has that
    /// file (an override such as `$PLANQ_HOME/stdlib`). Other paths are looked for next to the
    /// importing file, in the working directory and on `env.modulePaths`, through the file
    /// policy; a bare standard-library name (`import "finance"`) falls back to the compiled-in
    /// module.
    func importModule(_ path: String, from statement: Statement, load: (SourceFile) throws -> Void) throws {
        let base = statement.span.file.name
        let withExt = path.hasSuffix(".planq") ? path : path + ".planq"
        let namesStandardLibrary = withExt.hasPrefix(StandardLibrary.folder)
        let compiledIn = StandardLibrary.module(named: namesStandardLibrary ? String(withExt.dropFirst(StandardLibrary.folder.count)) : withExt)
        func loadCompiledIn(_ module: SourceFile) throws {
            if importedModules.insert(module.name).inserted { try load(module) }
        }
        if let compiledIn, StandardLibrary.isModuleFile(base) || (namesStandardLibrary && env.modulePaths.isEmpty) {
            return try loadCompiledIn(compiledIn)
        }
        var candidates: [String] = []
        if !namesStandardLibrary {
            if let slash = base.lastIndex(of: "/") { candidates.append(String(base[...slash]) + withExt) }
            candidates.append(withExt)
        }
        for dir in env.modulePaths {
            candidates.append(dir + "/" + withExt)
            if namesStandardLibrary { candidates.append(dir + "/" + withExt.dropFirst(StandardLibrary.folder.count)) }
        }
        guard let found = candidates.first(where: { env.files.fileExists($0) }) else {
            if let compiledIn { return try loadCompiledIn(compiledIn) }
            throw PlanQueryError(.error(.io, "cannot find module \"\(path)\"", at: statement.nameSpan,
                                        hints: ["looked in: " + candidates.joined(separator: ", ")
                                                + " (file policy: \(env.files.policyDescription))",
                                                "the standard library's modules: "
                                                + StandardLibrary.moduleNames.map { StandardLibrary.folder + $0 }.joined(separator: ", ")]))
        }
        if importedModules.contains(found) { return }
        let text: String
        do {
            text = try env.files.withContents(of: found) { (buffer) throws(Diagnostic) -> String in
                String(decoding: buffer, as: UTF8.self)
            }
        } catch {
            var d = error
            d.span = d.span ?? statement.nameSpan
            throw PlanQueryError(d)
        }
        importedModules.insert(found)
        try load(SourceFile(name: found, text: text))
    }

    private func parsed(_ source: SourceFile) throws -> [Statement] {
        let (program, diagnostics) = Parser.parse(source)
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw PlanQueryError(errors) }
        return program.statements
    }

    /// Runs a module's definitions (`let`, `fn`, `import`); queries in a module produce no output.
    public func loadModule(_ source: SourceFile) throws {
        try run(source) { _ in }
    }
}

/// The host's warning callback, shared with the diagnostic log (which outlives no engine).
private final class WarningHandler: @unchecked Sendable {
    // Set by the host before running; read when a finding is reported.
    var handler: (Diagnostic) -> Void = { _ in }
}

extension Environment {
    /// A copy for binding without effects: the same catalog and file system, its own names.
    func scratchCopy() -> Environment {
        let copy = Environment(catalog: catalog, registry: registry, files: files, log: log)
        copy.constants = constants
        copy.functions = functions
        copy.tables = tables
        copy.modulePaths = modulePaths
        return copy
    }
}
