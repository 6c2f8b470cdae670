import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// What a statement produces (`Output`) and the report's document model are in Render/Document.swift.

/// Why the engine runs a plan (see `Engine.planRunner`).
package enum PlanPurpose: Sendable, Equatable {
    /// A query statement whose table is the output.
    case query
    /// The pipeline of `let name = ...`.
    case letTable(String)
    /// A sub-plan run while resolving: pivot's distinct keys.
    case discovery
}

/// What a plan runner is told besides the plan: why it runs, how to run a plan here instead,
/// and the plans of the `let` tables the run has defined (a lowering inlines them).
package struct PlanRunContext {
    package let purpose: PlanPurpose
    package let runLocally: (QueryPlan) throws -> Table
    package let letTablePlan: (String) -> QueryPlan?
}

/// The embedding API: register tables, run planq source, get tables and diagnostics back.
///
/// **Threads.** An engine is used from one thread at a time (like a SQLite connection): it
/// is not `Sendable`, so Swift refuses to share it between tasks, and a second thread that
/// reaches it anyway (through C, say) gets a `.usage` error rather than a race. Engines are
/// cheap: make one per thread. Several engines can share one `Catalog` (tables registered
/// once, loaded once; the catalog is thread-safe). `canceller` is the one part made to be
/// used from another thread.
///
/// **State.** What the host registers (tables, functions, `define`d names, limits) is the
/// engine's state. Each `run`, `query` or prepared query starts from it, and what a snippet
/// defines (`fn sum`, `let budgets`) ends with the run — unless `keepsDefinitions` is on,
/// as in the REPL, where each entry builds on the ones before.
///
/// **Policy.** Every file the engine reads goes through `files`, one `FileSystem` with a
/// `FilePolicy`: a new engine reads no files unless its host says so. `limits` bound rows,
/// memory, time and nesting; `allowsImport` and the function set are the host's too.
public final class Engine {
    /// The host's state: the catalog, the function set, the file system, and the definitions
    /// the host made (`define`) or a persistent session kept. Runs work on a copy.
    package let env: Environment
    /// Non-fatal diagnostics (join fan-out, loader findings, lints), each statement's once
    /// per message, handed over as the statement ends and before its output is emitted.
    public var onWarning: (Diagnostic) -> Void = { _ in }
    /// Values for the script's `param` statements, by name. A value of the declared
    /// default's type is used as it is; text is converted to that type (the command line's
    /// `--param year=FY2009/10`). A name no `param` declares is defined as a constant
    /// before the script runs.
    public var parameters: [String: Value] = [:]
    /// Bounds on rows, memory, time and nesting for every run.
    public var limits = Limits()
    /// Whether `import` may load modules (through the file policy). Off, `import` is an error.
    public var allowsImport = true
    /// Keep what each run defines for the next run (a REPL, a notebook). Off by default:
    /// every run starts from the host's state.
    public var keepsDefinitions = false
    /// Runs plans somewhere else (an SQL engine: `--engine`, `planq sql`); nil runs them here.
    /// It is told why each plan runs, so a compiler can print queries and still run `let`
    /// tables and pivot's key discovery locally.
    package var planRunner: ((QueryPlan, PlanRunContext) throws -> Table)?
    /// Cancels this engine's running query from any thread (`engine.canceller.cancel()`).
    public let canceller = QueryCanceller()
    /// The thread running this engine (0: none), to report a second thread instead of
    /// racing it; `depth` counts a host callback's nested runs on that same thread.
    private let owner = Atomic<UInt>(0)
    private var depth = 0
    /// Report sections opened by `section` and not yet closed by `end`: where each `section` is.
    package internal(set) var openSectionSpans: [Span] = []
    var openSections: Int { openSectionSpans.count }

    /// planq's version; the command line adds the commit it was built from.
    public static let version = "0.1.0"

    /// `files`: which files queries, `import` and hints may read (default: none).
    /// `standardLibrary: false` starts without the planq-written standard library (`rag`,
    /// `variance`, ...); `import "stdlib/NAME"` still loads a module of it. It is compiled in
    /// and each of its functions is parsed when first called (once per process), so it reads
    /// no file and costs a new engine nothing. The built-in functions are made on first use
    /// too (`Environment.registry`).
    public init(catalog: Catalog = Catalog(), files: any FileSystem = LocalFileSystem(policy: .none), standardLibrary: Bool = true) {
        self.env = Environment(catalog: catalog, registry: nil, files: files, log: DiagnosticLog())
        guard standardLibrary else { return }
        if StandardLibrary.preludeIsOnlyFunctions {
            // The modules count as imported, as after loading them: a script's
            // `import "stdlib/finance"` is then a no-op, as it was.
            env.functions = FunctionTable(prelude: true)
            env.importedModules = Set(StandardLibrary.preludeModules)
        } else if case .success(let prelude) = StandardLibrary.prelude {
            env.functions = FunctionTable(prelude.functions)
            env.constants = prelude.constants
            env.importedModules = prelude.modules
        }
    }

    /// An engine reading files under `policy` from the local disk.
    public convenience init(catalog: Catalog = Catalog(), files policy: FilePolicy, standardLibrary: Bool = true) {
        self.init(catalog: catalog, files: LocalFileSystem(policy: policy), standardLibrary: standardLibrary)
    }

    /// The tables queries can name (shared with other engines made with the same catalog).
    public var catalog: Catalog { env.catalog }

    /// What the engine's file policy allows ("no files", "only /data").
    public var filePolicyDescription: String { env.files.policyDescription }

    /// Where `import "name"` looks after the importing file's folder.
    public var modulePaths: [String] {
        get { env.modulePaths }
        set { env.modulePaths = newValue }
    }

    // MARK: running source

    /// Runs every statement in order, handing each output to `emit` as soon as it exists.
    /// Syntax errors stop the run before anything executes; a later error stops it there.
    public func run(_ source: SourceFile, emit: (Output) throws -> Void) throws {
        try withRun { runEnv in
            let statements = try parsed(source)
            try defineUndeclaredParameters(statements, in: runEnv)
            // Sections are part of a run's state, like its definitions (a REPL keeps both).
            if !keepsDefinitions { openSectionSpans = [] }
            if let stray = Engine.sectionProblems(statements, carried: openSections).strayEnd { throw PlanQueryError(stray) }
            for statement in statements {
                try execute(statement, in: runEnv, emit: emit)
                if keepsDefinitions { env.adoptDefinitions(of: runEnv) }
            }
            // The script ends here (a host that keeps definitions says when its script ends).
            if !keepsDefinitions { for w in unclosedSectionWarnings() { runEnv.log.report(w) } }
        }
    }

    /// Runs source text and returns everything it produced.
    public func run(_ text: String, name: String = "<command>") throws -> [Output] {
        var outputs: [Output] = []
        try run(SourceFile(name: name, text: text)) { outputs.append($0) }
        return outputs
    }

    /// Runs one query and returns its table (the last table output, or a one-row table
    /// holding the last value).
    public func query(_ text: String, name: String = "<command>") throws -> Table {
        try Engine.lastTable(of: try run(text, name: name))
    }

    static func lastTable(of outputs: [Output]) throws -> Table {
        for o in outputs.reversed() { if case .table(let t) = o { return t } }
        for o in outputs.reversed() {
            if case .value(let v, let f) = o { return Table(names: ["value"], rows: [[v]], formats: [f]) }
        }
        throw PlanQueryError(.error(.usage, "the source produced no table", at: nil))
    }

    /// Adds the definitions of planq source (`let`, `fn`, `param`, `import`) to the
    /// engine's own state, so every later run sees them: a host's prelude of functions.
    /// Queries in it run and produce no output.
    public func define(_ text: String, name: String = "<definitions>") throws {
        try loadModule(SourceFile(name: name, text: text))
    }

    /// Runs a module's definitions into the engine's state (`define` for a source file).
    package func loadModule(_ source: SourceFile) throws {
        try withRun { runEnv in
            let statements = try parsed(source)
            for statement in statements {
                try execute(statement, in: runEnv) { _ in }
                env.adoptDefinitions(of: runEnv)
            }
        }
    }

    /// The rows of a `let` table or a catalog table, loading it if needed (loader findings
    /// go to `onWarning`).
    public func table(named name: String) throws -> Table? {
        try withRun { runEnv in
            if let b = runEnv.tables[name] { return b.table }
            return try runEnv.catalog.table(named: name, runEnv.loadContext())
        }
    }

    /// Reads a data file through the engine's file policy (findings go to `onWarning`).
    public func load(path: String, options: ReadOptions = ReadOptions()) throws -> Table {
        try withRun { runEnv in
            let (table, findings) = try DataFiles.load(path, options: options, files: runEnv.files)
            for f in findings { runEnv.log.report(f) }
            return table
        }
    }

    /// Binds a script to the typed plan of its last query without running anything: `let`,
    /// `param`, `fn` and `import` statements are bound in a scratch copy of the environment
    /// (the engine's own state does not change), and no table's rows are read — only
    /// schemas (a registered schema, or a sample of a large file). A `pivot`'s new columns
    /// come from the data, so they are taken to be the names later steps use; pass
    /// `pivotKeys: .fromData` to read the pivot column's values instead (the REPL's
    /// completion does). The plan is optimised (pruned scans, top-N).
    package func plan(_ text: String, name: String = "<command>", pivotKeys: PivotKeysSource = .assumedFromUse) throws -> QueryPlan {
        try withRun { scratch in
            let statements = try parsed(SourceFile(name: name, text: text))
            try defineUndeclaredParameters(statements, in: scratch)
            var last: QueryPlan?
            for statement in statements {
                if let plan = try bindOnly(statement, in: scratch, pivotKeys: pivotKeys) { last = plan }
            }
            guard let last else {
                throw PlanQueryError(.error(.usage, "expected a query starting with `from`", at: nil))
            }
            return last
        }
    }

    /// Where `plan()` learns a pivot's new columns.
    package enum PivotKeysSource: Sendable {
        /// Read nothing: the names later steps use are taken to be pivot columns.
        case assumedFromUse
        /// Run the query that finds the pivot column's values (reads data).
        case fromData
    }

    // MARK: one run

    /// Everything one run shares: a copy of the host's state to define into, the guard
    /// (cancellation, time, rows, memory) bound for the run's thread, one engine user at a
    /// time, and warnings handed to `onWarning` however the run ends.
    func withRun<R>(parameters: [String: Value]? = nil, _ body: (Environment) throws -> R) throws -> R {
        let me = Engine.currentThread
        if !owner.compareExchange(expected: 0, desired: me, ordering: .acquiring).exchanged {
            guard owner.load(ordering: .relaxed) == me else {
                throw PlanQueryError(.error(.usage, "this engine is already running a query on another thread; use one engine per thread (engines can share a Catalog)", at: nil))
            }
        }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { owner.store(0, ordering: .releasing) }
        }
        defer { flushWarnings() }
        let runGuard = RunGuard(canceller: canceller, limits: limits)
        let runEnv = env.scratchCopy()
        runEnv.parameterValues = parameters ?? self.parameters
        return try RunGuard.$current.withValue(runGuard) {
            try runGuard.check()
            return try PrecisionLoss.$log.withValue(runEnv.log) { try body(runEnv) }
        }
    }

    static var currentThread: UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }

    func flushWarnings() {
        for d in env.log.drain() { onWarning(d) }
    }

    func parsed(_ source: SourceFile) throws -> [Statement] {
        let (program, diagnostics) = Parser.parse(source)
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw PlanQueryError(errors) }
        return program.statements
    }

    /// Pairs each `section` with its `end` without running anything, after `carried`
    /// sections already open: the first `end` with no section to close (an error, which a run
    /// reports before any statement runs), and the `section`s still open at the end.
    static func sectionProblems(_ statements: [Statement], carried: Int) -> (strayEnd: Diagnostic?, open: [Span]) {
        var open: [Statement] = []
        var carried = carried
        var lastClosed: (section: Statement, end: Statement)?
        for s in statements {
            switch s.kind {
            case .section: open.append(s)
            case .endSection:
                if let section = open.popLast() { lastClosed = (section, s); continue }
                if carried > 0 { carried -= 1; continue }
                var hints = ["a section runs from `section \"Heading\"` to its `end`; delete this `end` or add the `section` it closes"]
                if let (section, end) = lastClosed {
                    hints.insert("the `end` at line \(end.span.startLocation.line) already closed `\(section.span.text)` (line \(section.span.startLocation.line))", at: 0)
                }
                return (.error(.syntax, "`end` without a `section` to close", at: s.span, hints: hints), open.map(\.span))
            default: continue
            }
        }
        return (nil, open.map(\.span))
    }

    static func unclosedSectionWarning(_ section: Span) -> Diagnostic {
        .warning("`\(section.text)` has no `end`: the section runs to the end of the script", at: section,
                 hints: ["close it with `end` on a line of its own after its last statement"])
    }

    /// A warning for each section still open, at its `section`; the sections count as closed
    /// after it. A run that does not keep definitions gives them itself at the end of its
    /// script; a host that keeps them (the command line runs a script in pieces) calls this
    /// when its script ends.
    package func unclosedSectionWarnings() -> [Diagnostic] {
        defer { openSectionSpans = [] }
        return openSectionSpans.map(Engine.unclosedSectionWarning)
    }

    /// Host parameters no `param` statement declares become constants for the run.
    func defineUndeclaredParameters(_ statements: [Statement], in runEnv: Environment) throws {
        guard !runEnv.parameterValues.isEmpty else { return }
        var declared = Set<String>()
        for s in statements { if case .param(let name, _) = s.kind { declared.insert(name) } }
        for (name, value) in runEnv.parameterValues where !declared.contains(name) {
            runEnv.constants[name] = ConstantBinding(value: value, format: .plain)
        }
    }

    // MARK: statements

    func execute(_ statement: Statement, in env: Environment, emit: (Output) throws -> Void) throws {
        try RunGuard.checkpoint()
        env.log.beginStatement()
        var output: Output?
        switch statement.kind {
        case .letValue(let name, let expr):
            env.constants[name] = try constant(expr, clause: "let", in: env)
        case .letTable(let name, let pipeline):
            let (plan, table) = try bindAndRun(pipeline, in: env, purpose: .letTable(name))
            env.tables[name] = TableBinding(plan: plan, table: table)
        case .function(let name, let params, let body):
            define(name, params, body, statement, in: env)
        case .importModule(let path):
            try importModule(path, from: statement, in: env) { module in
                for s in try self.parsed(module) { try self.execute(s, in: env) { _ in } }
            }
        case .param(let name, let defaultExpr):
            env.constants[name] = try parameter(name, defaultExpr, statement, in: env)
        case .query(let pipeline):
            output = .table(try bindAndRun(pipeline, in: env, purpose: .query).1)
        case .expression(let expr):
            var resolver = makeResolver(env, pivotKeys: NoPivotKeyDiscovery())
            let bound = try resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "an expression"))
            output = .value(try Evaluator.constant(bound), bound.format)
        case .help(let topic):
            output = .message(HelpText.render(topic: topic, registry: env.registry, functions: env.functions))
        case .title, .section, .endSection, .text, .table, .chart, .note, .source, .pageBreak:
            output = try reportOutput(statement, in: env)
        }
        // The statement's warnings come before its output.
        flushWarnings()
        if let output { try emit(output) }
    }

    /// `plan()`'s side of `execute`: binds, never runs. Returns the plan of a query or `let` table.
    func bindOnly(_ statement: Statement, in scratch: Environment, pivotKeys: PivotKeysSource) throws -> QueryPlan? {
        try RunGuard.checkpoint()
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
            try importModule(path, from: statement, in: scratch) { module in
                for s in try self.parsed(module) { _ = try self.bindOnly(s, in: scratch, pivotKeys: pivotKeys) }
            }
        case .param(let name, let defaultExpr):
            scratch.constants[name] = try parameter(name, defaultExpr, statement, in: scratch)
        case .query(let pipeline):
            return try bindWithoutRunning(pipeline, in: scratch, pivotKeys: pivotKeys)
        case .expression, .help, .title, .section, .endSection, .text, .table, .chart, .note, .source, .pageBreak:
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
    func bindAndRun(_ pipeline: Pipeline, in env: Environment, purpose: PlanPurpose = .query) throws -> (QueryPlan, Table) {
        if let planRunner {
            let local: (QueryPlan) throws -> Table = { try Executor(env: env).execute($0) }
            func context(_ p: PlanPurpose) -> PlanRunContext {
                PlanRunContext(purpose: p, runLocally: local, letTablePlan: { env.tables[$0]?.plan })
            }
            var resolver = makeResolver(env, pivotKeys: LocalPivotKeyDiscovery(run: {
                try planRunner(Optimizer.optimize($0), context(.discovery))
            }))
            let plan = Optimizer.optimize(try resolver.bind(pipeline))
            return (plan, try planRunner(plan, context(purpose)))
        }
        var attempt = 0
        while true {
            let executor = Executor(env: env)
            var resolver = makeResolver(env, pivotKeys: LocalPivotKeyDiscovery(run: { try executor.execute(Optimizer.optimize($0)) }))
            do {
                let plan = Optimizer.optimize(try resolver.bind(pipeline))
                let table = try executor.execute(plan)
                // Checks that need the rows (a text filter no row matches, sums over total rows).
                ResultChecks(env: env, warn: { env.log.report($0) }).run(plan)
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
        if let given = env.parameterValues[name] {
            binding.value = try parameterValue(given, like: binding.value, name: name, span: statement.nameSpan, in: env)
        }
        return binding
    }

    /// A host's value for a `param`: a value of the declared default's type (any number for
    /// a number) as it is; text (`--param year=FY2009/10`) converted to that type.
    func parameterValue(_ given: Value, like example: Value, name: String, span: Span?, in env: Environment) throws -> Value {
        if example.isNull || given.isNull || given.type == example.type || (given.type.isNumeric && example.type.isNumeric) {
            return given
        }
        guard case .text(let text) = given else {
            throw PlanQueryError(.error(.usage, "parameter `\(name)` is \(example.type.displayName) (like \(example.literalText)), not \(given.type.displayName)",
                                        at: span))
        }
        let converted = Conversions.convert(.text(text), to: example.type)
        if !converted.isNull { return converted }
        if let v = try? constantValue(text, name: "--param \(name)", in: env),
           v.type == example.type || (v.type.isNumeric && example.type.isNumeric) {
            return v
        }
        throw PlanQueryError(.error(.usage, "parameter `\(name)` is \(example.type.displayName) (like \(example.literalText)); \(Value.text(text).literalText) is not one", at: span))
    }

    /// The value of a constant expression written in planq (`FY2008/09`, `@2009-03-31`,
    /// `1639.80`, `"Youth"`): how text from outside becomes a typed value.
    func constantValue(_ text: String, name: String, in env: Environment) throws -> Value {
        var parser = Parser(SourceFile(name: name, text: text))
        let expr = try parser.parseExpr()
        if let e = parser.diagnostics.first(where: { $0.severity == .error }) { throw PlanQueryError(e) }
        var resolver = makeResolver(env, pivotKeys: NoPivotKeyDiscovery())
        return try Evaluator.constant(try resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "a parameter")))
    }

    /// `constantValue` for a host (the C API's parameters given as planq literals).
    package func constantValue(_ text: String, name: String = "<parameter>") throws -> Value {
        try withRun { runEnv in try constantValue(text, name: name, in: runEnv) }
    }

    // MARK: modules

    /// Finds a module and hands it to `load` once per run (once per session when definitions
    /// persist).
    ///
    /// `import "stdlib/NAME"` (and `import "NAME"` inside a standard-library module) is the
    /// compiled-in module unless a folder of `modulePaths` has that file (an override such as
    /// `$PLANQ_HOME/stdlib`). Other paths are looked for next to the importing file, in the
    /// working directory and on `modulePaths`, through the file policy; a bare
    /// standard-library name (`import "finance"`) falls back to the compiled-in module.
    func importModule(_ path: String, from statement: Statement, in env: Environment, load: (SourceFile) throws -> Void) throws {
        guard allowsImport else {
            throw PlanQueryError(.error(.limit, "`import` is not allowed in this engine", at: statement.span,
                                        hints: ["the host decides whether snippets may import modules"]))
        }
        let base = statement.span.file.name
        let withExt = path.hasSuffix(".planq") ? path : path + ".planq"
        // The standard library is compiled in: not a file, whatever the file policy.
        let namesStandardLibrary = withExt.hasPrefix(StandardLibrary.folder)
        let compiledIn = StandardLibrary.module(named: namesStandardLibrary ? String(withExt.dropFirst(StandardLibrary.folder.count)) : withExt)
        func loadCompiledIn(_ module: SourceFile) throws {
            if env.importedModules.insert(module.name).inserted { try load(module) }
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
            // The module as named, refused by the file policy, is a refusal rather than "not found".
            // (No file was found to read, so this only meets the policy's refusal or a missing file.)
            do { try env.files.withContents(of: withExt) { _ in } } catch where error.kind == .limit {
                var refusal = error
                refusal.span = statement.nameSpan
                throw PlanQueryError(refusal)
            } catch {}
            throw PlanQueryError(.error(.io, "cannot find module \"\(path)\"", at: statement.nameSpan,
                                        hints: (candidates.isEmpty ? [] : ["looked in: " + candidates.joined(separator: ", ")
                                                + " (file policy: \(env.files.policyDescription))"])
                                                + ["the standard library's modules: "
                                                   + StandardLibrary.moduleNames.map { StandardLibrary.folder + $0 }.joined(separator: ", ")]))
        }
        if env.importedModules.contains(found) { return }
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
        env.importedModules.insert(found)
        try load(SourceFile(name: found, text: text))
    }
}
