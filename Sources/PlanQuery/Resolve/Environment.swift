/// A `let`-bound constant or a parameter.
package struct ConstantBinding: Sendable {
    package var value: Value
    package var format: ValueFormat
}

/// A `fn` definition: parameters with optional defaults, and a body expression.
package struct UserFunction: Sendable {
    package var name: String
    package var parameters: [Parameter]
    package var body: Expr
    package var span: Span?
    /// The whole `fn` statement; its `##` doc comment is read from the lines above it.
    package var definition: Span? = nil

    /// The `##` doc comment above the definition (FunctionDocs), shown by `help NAME`.
    /// Read on demand: parsing every doc comment at start-up cost a third of `planq -c '1 + 1'`.
    package var doc: FunctionHelp? {
        guard let definition else { return nil }
        return DocComments.help(in: definition.file, before: definition.start, name: name)
    }
}

/// A `let`-bound table: its plan (for the SQL lowering and completion) and, once the `let`
/// has run, its rows. Binding alone (`Engine.plan`) leaves `table` nil.
package struct TableBinding: Sendable {
    package var plan: QueryPlan
    package var table: Table?
}

/// Everything a query can refer to by name, and the one way it reaches files. The engine
/// keeps one as the host's state; each run works on a `scratchCopy` (names defined by the
/// run stay in it), so an environment is used by one thread and needs no lock. The catalog
/// it points to is shared and thread-safe.
package final class Environment {
    package let catalog: Catalog
    /// The built-in functions, as the host shaped them. Until the host adds or removes one
    /// this is `FunctionRegistry.builtins`, made the first time a run asks for a function:
    /// a query that calls none (`planq -c '1 + 1'`) never makes it (0.86 M instructions of
    /// the 3.3 M such a run took when every engine made it at start).
    package var registry: FunctionRegistry {
        get { shapedRegistry ?? FunctionRegistry.builtins }
        set { shapedRegistry = newValue }
    }
    /// The host's function set when it differs from the built-ins; nil: the built-ins.
    private(set) var shapedRegistry: FunctionRegistry?
    package var constants: [String: ConstantBinding] = [:]
    package var functions = FunctionTable()
    package var tables: [String: TableBinding] = [:]
    /// The host's values for `param` statements in this run (text from the command line is
    /// converted to the declared type).
    var parameterValues: [String: Value] = [:]
    /// Modules already imported (by resolved path): a second `import` of one is a no-op.
    var importedModules: Set<String> = []
    /// Every file access: data files, documents, modules, directory listings for hints.
    package let files: any FileSystem
    /// Where `import "name"` looks after the importing file's folder (the stdlib folder).
    package var modulePaths: [String] = []
    /// Non-fatal findings, de-duplicated per statement.
    let log: DiagnosticLog

    /// `registry`: the host's function set, or nil for the built-ins as they are.
    init(catalog: Catalog, registry: FunctionRegistry?, files: any FileSystem, log: DiagnosticLog) {
        self.catalog = catalog
        self.shapedRegistry = registry
        self.files = files
        self.log = log
    }

    /// A copy for one run: the same catalog, file system and log, its own names.
    func scratchCopy() -> Environment {
        let copy = Environment(catalog: catalog, registry: shapedRegistry, files: files, log: log)
        copy.adoptDefinitions(of: self)
        copy.modulePaths = modulePaths
        return copy
    }

    /// Takes the names another environment defined (a persistent session keeping a run's work).
    func adoptDefinitions(of other: Environment) {
        constants = other.constants
        functions = other.functions
        tables = other.tables
        importedModules = other.importedModules
    }

    /// What a table source gets when asked for a schema or rows.
    func loadContext(columns: Set<String>? = nil, schema: [ColumnInfo]? = nil) -> LoadContext {
        let log = self.log
        return LoadContext(files: files, columns: columns, schema: schema, report: { log.report($0) })
    }

    /// Every table name a query can use: `let` tables first, then the catalog.
    package var tableNames: [String] {
        Array(tables.keys).sorted() + catalog.names.filter { tables[$0] == nil }
    }
}
