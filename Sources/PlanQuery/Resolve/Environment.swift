/// Tables known by name: loaded with `--data`, registered by an embedding host, or the
/// bundled dataset. Entries may be lazy: the loader runs the first time a query names the table.
public final class Catalog: @unchecked Sendable {
    // One engine is used from one thread at a time; the lock only guards lazy loading.
    struct Entry {
        var table: Table?
        var loader: (@Sendable () throws -> Table)?
        /// A loader that can read only some columns (large files).
        var columnLoader: (@Sendable (Set<String>?) throws -> Table)?
        var partial: [Set<String>: Table] = [:]
        var source: String?
    }
    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    public init() {}

    public func register(_ table: Table, as name: String, source: String? = nil) {
        if entries[name] == nil { order.append(name) }
        entries[name] = Entry(table: table, loader: nil, source: source)
    }

    public func registerLazy(_ name: String, source: String?, loader: @escaping @Sendable () throws -> Table) {
        if entries[name] == nil { order.append(name) }
        entries[name] = Entry(table: nil, loader: loader, source: source)
    }

    /// Registers a file-backed table whose loader can read only the columns a query names.
    public func registerLazy(_ name: String, source: String?, columnLoader: @escaping @Sendable (Set<String>?) throws -> Table) {
        if entries[name] == nil { order.append(name) }
        entries[name] = Entry(table: nil, loader: { try columnLoader(nil) }, columnLoader: columnLoader, source: source)
    }

    /// The table, or when it is not loaded yet and can be read by column, just those columns.
    public func table(named name: String, columns: Set<String>?) throws -> Table? {
        guard let columns, var e = entries[name], e.table == nil, let load = e.columnLoader else {
            return try table(named: name)
        }
        if let t = e.partial[columns] { return t }
        let t = try load(columns)
        e.partial[columns] = t
        entries[name] = e
        return t
    }

    public func remove(_ name: String) {
        entries[name] = nil
        order.removeAll { $0 == name }
    }

    public var names: [String] { order }

    public func contains(_ name: String) -> Bool { entries[name] != nil }

    public func source(of name: String) -> String? { entries[name]?.source }

    public func isLoaded(_ name: String) -> Bool { entries[name]?.table != nil }

    /// The table, loading it on first use.
    public func table(named name: String) throws -> Table? {
        guard var e = entries[name] else { return nil }
        if let t = e.table { return t }
        guard let load = e.loader else { return nil }
        let t = try load()
        e.table = t
        e.loader = nil
        entries[name] = e
        return t
    }
}

/// A `let`-bound constant or a parameter.
public struct ConstantBinding: Sendable {
    public var value: Value
    public var format: ValueFormat
}

/// A `fn` definition: parameters with optional defaults, and a body expression.
public struct UserFunction: Sendable {
    public var name: String
    public var parameters: [Parameter]
    public var body: Expr
    public var span: Span?
    /// The whole `fn` statement; its `##` doc comment is read from the lines above it.
    public var definition: Span? = nil

    /// The `##` doc comment above the definition (FunctionDocs), shown by `help NAME`.
    /// Read on demand: parsing every doc comment at start-up cost a third of `planq -c '1 + 1'`.
    public var doc: FunctionHelp? {
        guard let definition else { return nil }
        return DocComments.help(in: definition.file, before: definition.start, name: name)
    }
}

/// A `let`-bound table: its plan (for the SQL lowering and completion) and its rows.
public struct TableBinding: Sendable {
    public var plan: QueryPlan
    public var table: Table
}

/// Everything a query can refer to by name.
public final class Environment: @unchecked Sendable {
    public let catalog: Catalog
    public var registry: FunctionRegistry
    public var constants: [String: ConstantBinding] = [:]
    public var functions: [String: UserFunction] = [:]
    public var tables: [String: TableBinding] = [:]
    /// Files loaded by `from "path"`, cached for the session.
    var fileCache: [String: Table] = [:]
    /// Reads a data file named in a query; set by the engine (tabular loaders).
    public var fileLoader: (@Sendable (String) throws -> Table)?
    /// Where `import "name"` looks after the importing file's folder (the stdlib folder).
    public var modulePaths: [String] = []

    public init(catalog: Catalog = Catalog(), registry: FunctionRegistry = .builtins) {
        self.catalog = catalog
        self.registry = registry
    }

    /// A file named in a query, read once per session (per column set when only some are needed).
    func loadFile(_ path: String, columns: Set<String>?) throws -> Table {
        if let t = fileCache[path] { return t }
        let key = columns.map { path + "\u{0}" + $0.sorted().joined(separator: "\u{0}") } ?? path
        if let t = fileCache[key] { return t }
        let t: Table
        if let columns, let partial = partialFileLoader {
            t = try partial(path, columns)
        } else {
            guard let loader = fileLoader else { throw Diagnostic(.error, kind: .io, "this engine cannot read files", at: nil) }
            t = try loader(path)
        }
        fileCache[key] = t
        return t
    }

    /// Reads only some columns of a file; nil falls back to `fileLoader`.
    public var partialFileLoader: (@Sendable (String, Set<String>) throws -> Table)?

    /// Every table name a query can use: `let` tables first, then the catalog.
    public var tableNames: [String] {
        Array(tables.keys).sorted() + catalog.names.filter { tables[$0] == nil }
    }
}
