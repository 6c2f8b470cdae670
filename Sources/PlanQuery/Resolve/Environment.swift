/// Tables known by name: loaded with `--data`, registered by an embedding host, or the
/// bundled dataset. Entries may be lazy: the loader runs the first time a query names the table.
public final class Catalog: @unchecked Sendable {
    // One engine is used from one thread at a time; the lock only guards lazy loading.
    struct Entry {
        var table: Table?
        var loader: (@Sendable () throws -> Table)?
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
    /// The `##` doc comment above the definition (FunctionDocs), shown by `help NAME`.
    public var doc: FunctionHelp? = nil
}

/// A `let`-bound table: its plan (for the SQL lowering and completion) and its rows.
public struct TableBinding: Sendable {
    public var plan: Plan
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

    /// Every table name a query can use: `let` tables first, then the catalog.
    public var tableNames: [String] {
        Array(tables.keys).sorted() + catalog.names.filter { tables[$0] == nil }
    }
}
