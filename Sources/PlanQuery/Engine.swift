#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a statement produced.
public enum Output: Sendable {
    case table(Table)
    case value(Value, ValueFormat)
    /// Text for people: help entries, notes.
    case message(String)
}

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
    /// Modules already loaded (a path, or `stdlib/NAME.planq` for the compiled-in ones).
    private(set) var importedModules: Set<String> = []
    private var sources: [SourceFile] = []

    /// planq's version; the command line adds the commit it was built from.
    public static let version = "0.1.0"

    /// `standardLibrary: false` starts without the planq-written standard library (`rag`,
    /// `variance`, ...); `import "stdlib/NAME"` still loads a module of it.
    public init(catalog: Catalog = Catalog(), registry: FunctionRegistry = .builtins, standardLibrary: Bool = true) {
        self.env = Environment(catalog: catalog, registry: registry)
        env.fileLoader = { path in try DataFiles.load(path) }
        env.partialFileLoader = { path, columns in try DataFiles.load(path, columns: columns) }
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
            ResultChecks(env: env, warn: resolver.warn).run(plan)
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
            resolver.neededColumns = ReferencedNames.columns(of: pipeline, functions: env.functions)
            let plan = try resolver.bind(pipeline)
            let table = try runPlan(plan)
            ResultChecks(env: env, warn: resolver.warn).run(plan)
            try emit(.table(table))
        case .expression(let expr):
            let bound = try resolver.bindExpr(expr, Resolver.Scope(columns: [], mode: .row, clause: "an expression"))
            try emit(.value(try Evaluator.constant(bound), bound.format))
        case .help(let topic):
            try emit(.message(HelpText.render(topic: topic, registry: env.registry, functions: env.functions)))
        }
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

    /// `import "stdlib/NAME"` (and `import "NAME"` inside a standard-library module) is the
    /// compiled-in module unless a folder of `env.modulePaths` has that file (an override,
    /// e.g. `$PLANQ_HOME/stdlib`). Other paths are looked for next to the importing file, in
    /// the working directory and in `env.modulePaths`, and a bare standard-library name last
    /// in the compiled-in library.
    func importModule(_ path: String, from statement: Statement) throws {
        let base = statement.span.file.name
        let withExt = path.hasSuffix(".planq") ? path : path + ".planq"
        let namesStandardLibrary = withExt.hasPrefix(StandardLibrary.folder)
        let compiledIn = StandardLibrary.module(named: namesStandardLibrary ? String(withExt.dropFirst(StandardLibrary.folder.count)) : withExt)
        if let compiledIn, StandardLibrary.isModuleFile(base) || (namesStandardLibrary && env.modulePaths.isEmpty) {
            return try loadStandardLibraryModule(compiledIn)
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
        guard let found = candidates.first(where: { FileAccess.exists($0) }) else {
            if let compiledIn { return try loadStandardLibraryModule(compiledIn) }
            throw PlanQueryError(.error(.io, "cannot find module \"\(path)\"", at: statement.nameSpan,
                                        hints: ["looked in: " + candidates.joined(separator: ", "),
                                                "the standard library's modules: " + StandardLibrary.moduleNames.map { "stdlib/" + $0 }.joined(separator: ", ")]))
        }
        if importedModules.contains(found) { return }
        importedModules.insert(found)
        guard let text = FileAccess.readText(found) else {
            throw PlanQueryError(.error(.io, "cannot read module \(found)", at: statement.nameSpan))
        }
        try loadModule(SourceFile(name: found, text: text))
    }

    /// Loads a compiled-in module once per engine.
    func loadStandardLibraryModule(_ source: SourceFile) throws {
        guard importedModules.insert(source.name).inserted else { return }
        try loadModule(source)
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
