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

/// A `let`-bound table: its plan (for the SQL lowering and completion) and, once the `let`
/// has run, its rows. Binding alone (`Engine.plan`) leaves `table` nil.
public struct TableBinding: Sendable {
    public var plan: QueryPlan
    public var table: Table?
}

/// Everything a query can refer to by name, and the one way it reaches files.
public final class Environment: @unchecked Sendable {
    public let catalog: Catalog
    public var registry: FunctionRegistry
    public var constants: [String: ConstantBinding] = [:]
    public var functions: [String: UserFunction] = [:]
    public var tables: [String: TableBinding] = [:]
    /// Every file access: data files, documents, modules, directory listings for hints.
    public var files: any FileSystem
    /// Where `import "name"` looks after the importing file's folder (the stdlib folder).
    public var modulePaths: [String] = []
    /// Non-fatal findings, de-duplicated per statement.
    let log: DiagnosticLog

    init(catalog: Catalog, registry: FunctionRegistry, files: any FileSystem, log: DiagnosticLog) {
        self.catalog = catalog
        self.registry = registry
        self.files = files
        self.log = log
    }

    /// What a table source gets when asked for a schema or rows.
    func loadContext(columns: Set<String>? = nil) -> LoadContext {
        let log = self.log
        return LoadContext(files: files, columns: columns, report: { log.report($0) })
    }

    /// Every table name a query can use: `let` tables first, then the catalog.
    public var tableNames: [String] {
        Array(tables.keys).sorted() + catalog.names.filter { tables[$0] == nil }
    }
}
