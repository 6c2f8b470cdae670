#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The embedding API: register tables, run planq source, get tables and diagnostics back.
/// An engine is not thread-safe; use one per thread (they are cheap).
public final class Engine: @unchecked Sendable {
    public let env: Environment
    /// Non-fatal diagnostics (join fan-out, loader reports) go here as they happen.
    public var onWarning: (Diagnostic) -> Void = { _ in }
    /// Parameter values given from outside (`--param name=value`), as text.
    public var parameters: [String: String] = [:]
    /// Checked between steps of a query; set it to stop a long query.
    public var isCancelled: @Sendable () -> Bool = { false }
    private var importedModules: Set<String> = []
    /// Report sections opened by `section` and not yet closed by `end`.
    var openSections = 0
    private var sources: [SourceFile] = []

    public init(catalog: Catalog = Catalog(), registry: FunctionRegistry = .builtins) {
        self.env = Environment(catalog: catalog, registry: registry)
        env.fileLoader = { path in try DataFiles.load(path) }
        env.partialFileLoader = { path, columns in try DataFiles.load(path, columns: columns) }
    }

    public var catalog: Catalog { env.catalog }

    public func register(_ table: Table, as name: String) {
        env.catalog.register(table, as: name)
    }

    /// Parses without running: the syntax errors, if any.
    public func syntaxErrors(_ source: SourceFile) -> [Diagnostic] {
        Parser.parse(source).1
    }

    /// Runs every statement in order, handing each output to `emit` as soon as it exists.
    /// Syntax errors stop the run before anything executes; a later error stops it there.
    public func run(_ source: SourceFile, emit: (Output) throws -> Void) throws {
        sources.append(source)
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

    /// Resolves a pipeline to its typed plan without running it (completion, checks, SQL lowering).
    public func plan(_ text: String, name: String = "<command>") throws -> QueryPlan {
        let file = SourceFile(name: name, text: text)
        var parser = Parser(file)
        let statements = parser.parseProgram()
        if let e = parser.diagnostics.first(where: { $0.severity == .error }) { throw PlanQueryError(e) }
        guard let last = statements.last, case .query(let p) = last.kind else {
            throw PlanQueryError(.error(.usage, "expected a query starting with `from`", at: nil))
        }
        var resolver = makeResolver()
        return try resolver.bind(p)
    }

    func makeResolver() -> Resolver {
        let executor = Executor(env: env)
        executor.isCancelled = isCancelled
        // One warning per message per statement (a hidden constant used twice warns once).
        final class Seen: @unchecked Sendable { var messages = Set<String>() }
        let seen = Seen()
        return Resolver(env: env, warn: { [weak self] d in
            if seen.messages.insert(d.message).inserted { self?.onWarning(d) }
        }) { plan in try executor.execute(plan) }
    }

    func runPlan(_ plan: QueryPlan) throws -> Table {
        let executor = Executor(env: env)
        executor.isCancelled = isCancelled
        let t = try executor.execute(plan)
        for w in t.warnings { onWarning(w) }
        var clean = t
        clean.warnings = []
        return clean
    }

    func execute(_ statement: Statement, emit: (Output) throws -> Void) throws {
        var resolver = makeResolver()
        switch statement.kind {
        case .letValue(let name, let expr):
            let bound = try resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "let"))
            let value = try Evaluator.constant(bound)
            env.constants[name] = ConstantBinding(value: value, format: bound.format)
        case .letTable(let name, let pipeline):
            resolver.neededColumns = ReferencedNames.columns(of: pipeline, functions: env.functions)
            let plan = try resolver.bind(pipeline)
            let table = try runPlan(plan)
            env.tables[name] = TableBinding(plan: plan, table: table)
        case .function(let name, let params, let body):
            if env.registry.lookup(name) != nil {
                onWarning(.warning("`\(name)` replaces the built-in function of the same name", at: statement.nameSpan))
            }
            env.functions[name] = UserFunction(name: name, parameters: params, body: body, span: statement.nameSpan,
                                               definition: statement.span)
        case .importModule(let path):
            try importModule(path, from: statement)
        case .param(let name, let defaultExpr):
            let bound = try resolver.bindExpr(defaultExpr, Resolver.Scope(columns: [], mode: .row, clause: "param"))
            let defaultValue = try Evaluator.constant(bound)
            var value = defaultValue
            if let given = parameters[name] {
                value = try parameterValue(given, like: defaultValue, name: name, span: statement.nameSpan)
            }
            env.constants[name] = ConstantBinding(value: value, format: bound.format)
        case .query(let pipeline):
            try emit(.table(try runQuery(pipeline)))
        case .expression(let expr):
            let bound = try resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "an expression"))
            try emit(.value(try Evaluator.constant(bound), bound.format))
        case .help(let topic):
            try emit(.message(HelpText.render(topic: topic, registry: env.registry, functions: env.functions)))
        case .title, .section, .endSection, .text, .table, .chart, .note, .source, .pageBreak:
            try executeReport(statement, emit: emit)
        }
    }

    /// Binds and runs one query (a query statement, a report table or chart).
    func runQuery(_ pipeline: Pipeline) throws -> Table {
        var resolver = makeResolver()
        resolver.neededColumns = ReferencedNames.columns(of: pipeline, functions: env.functions)
        return try runPlan(try resolver.bind(pipeline))
    }

    /// Turns `--param` text into a value of the declared default's type.
    func parameterValue(_ text: String, like example: Value, name: String, span: Span?) throws -> Value {
        if case .text = example { return .text(text) }
        let converted = Conversions.convert(.text(text), to: example.type)
        if !converted.isNull { return converted }
        let file = SourceFile(name: "--param \(name)", text: text)
        var parser = Parser(file)
        if let expr = try? parser.parseExpr(), parser.diagnostics.isEmpty {
            var resolver = makeResolver()
            if let bound = try? resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "param")),
               let v = try? Evaluator.constant(bound) {
                if example.isNull || v.type == example.type || (v.type.isNumeric && example.type.isNumeric) { return v }
            }
        }
        throw PlanQueryError(.error(.usage, "--param \(name)=\(text): expected \(example.type.displayName) like \(example.literalText)", at: span))
    }

    func importModule(_ path: String, from statement: Statement) throws {
        let base = statement.span.file.name
        var candidates: [String] = []
        let withExt = path.hasSuffix(".planq") ? path : path + ".planq"
        if let slash = base.lastIndex(of: "/") { candidates.append(String(base[...slash]) + withExt) }
        candidates.append(withExt)
        for dir in env.modulePaths {
            candidates.append(dir + "/" + withExt)
            if withExt.hasPrefix("stdlib/") { candidates.append(dir + "/" + withExt.dropFirst("stdlib/".count)) }
        }
        guard let found = candidates.first(where: { FileAccess.exists($0) }) else {
            throw PlanQueryError(.error(.io, "cannot find module \"\(path)\"", at: statement.nameSpan,
                                        hints: ["looked in: " + candidates.joined(separator: ", ")]))
        }
        if importedModules.contains(found) { return }
        importedModules.insert(found)
        guard let text = FileAccess.readText(found) else {
            throw PlanQueryError(.error(.io, "cannot read module \(found)", at: statement.nameSpan))
        }
        try loadModule(SourceFile(name: found, text: text))
    }

    /// Runs a module's definitions (`let`, `fn`, `import`); queries in a module produce no output.
    public func loadModule(_ source: SourceFile) throws {
        try run(source) { _ in }
    }
}

/// Minimal file access for the library (module import); data files go through the loaders.
enum FileAccess {
    static func exists(_ path: String) -> Bool { size(path) != nil }

    static func size(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    static func readText(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
