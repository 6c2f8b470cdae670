import Synchronization

/// What a table source needs to describe or load its table: the engine's file system (the
/// one file policy), which columns the query reads, and where findings go.
public struct LoadContext: Sendable {
    public let files: any FileSystem
    /// Only these columns are read; the others may be all-null placeholders. nil: all.
    public let columns: Set<String>?
    /// Loader findings (values that did not parse, skipped lines...): reported, never dropped.
    public let report: @Sendable (Diagnostic) -> Void
    /// The table's columns as the statement reading it was bound (nil: not known). A large file
    /// whose types a sample decided can then be streamed rather than read whole (CSVStream).
    public let schema: [ColumnInfo]?

    public init(files: any FileSystem, columns: Set<String>? = nil, schema: [ColumnInfo]? = nil,
                report: @escaping @Sendable (Diagnostic) -> Void = { _ in }) {
        self.files = files
        self.columns = columns
        self.schema = schema
        self.report = report
    }

    func with(columns: Set<String>?) -> LoadContext {
        LoadContext(files: files, columns: columns, schema: schema, report: report)
    }
}

/// Where a table's rows come from. Binding a query asks only for the `schema` (from
/// registration, or a sample of a file); the rows are loaded when the query runs.
public protocol TableSource: Sendable {
    /// Where the table comes from, for `.tables` and messages: a path, "registered", "bundled".
    var origin: String { get }
    /// Column names and types. Cheap: no full load. When a sample decided the types, a load
    /// may find different ones; the engine then binds the statement again with those.
    func schema(_ context: LoadContext) throws -> [ColumnInfo]
    /// The rows (only `context.columns` when set and the source can skip the others).
    func load(_ context: LoadContext) throws -> Table
    /// Whether `schema` is exact (registration, or the whole file was typed) rather than sampled.
    var schemaIsExact: Bool { get }
}

extension TableSource {
    public var schemaIsExact: Bool { true }
}

/// A table already in memory.
public struct MemoryTableSource: TableSource {
    public let table: Table
    public let origin: String
    public init(_ table: Table, origin: String = "registered") {
        self.table = table
        self.origin = origin
    }
    public func schema(_ context: LoadContext) throws -> [ColumnInfo] { table.schema }
    public func load(_ context: LoadContext) throws -> Table { table }
}

/// A host-defined table: a schema known up front and a loader run when a query needs the rows.
public struct DeferredTableSource: TableSource {
    public let origin: String
    let knownSchema: [ColumnInfo]
    let loader: @Sendable (LoadContext) throws -> Table
    public init(schema: [ColumnInfo], origin: String = "registered", load: @escaping @Sendable (LoadContext) throws -> Table) {
        self.knownSchema = schema
        self.origin = origin
        self.loader = load
    }
    public func schema(_ context: LoadContext) throws -> [ColumnInfo] { knownSchema }
    public func load(_ context: LoadContext) throws -> Table { try loader(context) }
}

/// Tables known by name (loaded with `--data`, registered by a host, the bundled dataset),
/// and the files a query names, which are cached by path for the session.
///
/// The catalog keeps each source's schema and loaded tables once they are known. It can be
/// used from several threads: the caches are guarded by a mutex.
public final class Catalog: Sendable {
    struct Entry {
        var source: any TableSource
        var schema: [ColumnInfo]?
        var schemaIsExact = false
        var table: Table?
        /// Loads of some columns only (large files), by column set.
        var partial: [Set<String>: Table] = [:]
        /// What the last stream of the file (CSVStream) saw of its text columns, by name, and its
        /// rows: for the checks after a query that read the file without loading it.
        var streamed: StreamedText?
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var order: [String] = []
        /// Files named in queries (`from "x.csv"`), by path and reading options.
        var files: [String: Entry] = [:]
    }

    private let state = Mutex(State())

    /// Registrations a host asked to run when the catalog is first used (`registerOnFirstUse`),
    /// and whether any are waiting (read without the lock on every access).
    private let deferred = Mutex<[@Sendable (Catalog) -> Void]>([])
    private let hasDeferred = Atomic<Bool>(false)
    /// The thread running them (its own accesses must not wait for itself).
    private let settlingThread = Atomic<UInt>(0)

    public init() {}

    /// Runs `register` the first time anything reads or changes the catalog, before that
    /// access, so every access sees what it registers, in the order it would have been
    /// registered now. The command line registers the bundled dataset this way: fifteen
    /// entries are the catalog's first dictionary, whose generic metadata the runtime builds
    /// by scanning every protocol conformance in the binary (0.5 M instructions of
    /// `planq -c '1 + 1'`, which reads no table).
    package func registerOnFirstUse(_ register: @escaping @Sendable (Catalog) -> Void) {
        deferred.withLock { $0.append(register) }
        hasDeferred.store(true, ordering: .releasing)
    }

    /// Runs the deferred registrations, once. Another thread arriving meanwhile waits on the
    /// lock until they are done; `state` is never locked while waiting for it.
    private func settle() {
        guard hasDeferred.load(ordering: .acquiring) else { return }
        let me = Engine.currentThread
        guard settlingThread.load(ordering: .acquiring) != me else { return }
        deferred.withLock { work in
            guard !work.isEmpty else { return }
            settlingThread.store(me, ordering: .releasing)
            defer { settlingThread.store(0, ordering: .releasing) }
            let pending = work
            work = []
            for register in pending { register(self) }
            hasDeferred.store(false, ordering: .releasing)
        }
    }

    /// Every access to `state` goes through here, so deferred registrations come first.
    private func withState<R>(_ body: (inout State) throws -> R) rethrows -> R {
        settle()
        return try state.withLock { try body(&$0) }
    }

    // MARK: registration

    public func register(_ table: Table, as name: String, origin: String = "registered") {
        register(MemoryTableSource(table, origin: origin), as: name)
    }

    public func register(_ source: any TableSource, as name: String) {
        withState { s in
            if s.entries[name] == nil { s.order.append(name) }
            s.entries[name] = Entry(source: source)
        }
    }

    public func remove(_ name: String) {
        withState { s in
            s.entries[name] = nil
            s.order.removeAll { $0 == name }
        }
    }

    public var names: [String] { withState { $0.order } }

    public func contains(_ name: String) -> Bool { withState { $0.entries[name] != nil } }

    /// Where a table comes from (a path, "registered", "bundled").
    public func origin(of name: String) -> String? { withState { $0.entries[name]?.source.origin } }

    // MARK: schemas and rows

    /// The schema of a named table, without loading it (nil: no such table).
    public func schema(of name: String, _ context: LoadContext) throws -> [ColumnInfo]? {
        try schema(key: name, files: false, context)
    }

    /// The rows of a named table (only `context.columns` when the source can skip others).
    public func table(named name: String, _ context: LoadContext) throws -> Table? {
        try table(key: name, files: false, context)
    }

    /// The schema of a file named in a query, read through `source` the first time.
    func schema(ofFile key: String, source: @autoclosure () -> any TableSource, _ context: LoadContext) throws -> [ColumnInfo] {
        addFileIfNeeded(key, source())
        return try schema(key: key, files: true, context) ?? []
    }

    /// The rows of a file named in a query (bound earlier, so its source is known).
    func table(ofFile key: String, source: @autoclosure () -> any TableSource, _ context: LoadContext) throws -> Table {
        addFileIfNeeded(key, source())
        return try table(key: key, files: true, context) ?? Table(schema: [], columns: [], rowCount: 0)
    }

    private func addFileIfNeeded(_ key: String, _ source: @autoclosure () -> any TableSource) {
        withState { s in
            if s.files[key] == nil { s.files[key] = Entry(source: source()) }
        }
    }

    private func entry(_ key: String, files: Bool) -> Entry? {
        withState { s in files ? s.files[key] : s.entries[key] }
    }

    private func update(_ key: String, files: Bool, _ change: (inout Entry) -> Void) {
        withState { s in
            if files { if var e = s.files[key] { change(&e); s.files[key] = e } }
            else if var e = s.entries[key] { change(&e); s.entries[key] = e }
        }
    }

    private func schema(key: String, files: Bool, _ context: LoadContext) throws -> [ColumnInfo]? {
        guard let e = entry(key, files: files) else { return nil }
        if let schema = e.schema { return schema }
        // Loading happens outside the lock: a slow file must not block other tables.
        let schema = try e.source.schema(context)
        let exact = e.source.schemaIsExact
        update(key, files: files) { $0.schema = $0.schema ?? schema; $0.schemaIsExact = $0.schemaIsExact || exact }
        return schema
    }

    private func table(key: String, files: Bool, _ context: LoadContext) throws -> Table? {
        guard let e = entry(key, files: files) else { return nil }
        if let t = e.table { return t }
        if let columns = context.columns, let t = e.partial[columns] { return t }
        let t = try e.source.load(context)
        update(key, files: files) { e in
            if let columns = context.columns, t.schema.count == e.schema?.count ?? t.schema.count,
               Catalog.isPartial(t, columns) {
                e.partial[columns] = t
            } else {
                e.table = t
            }
            // A load is exact: it replaces a schema a sample guessed.
            e.schema = Catalog.mergedSchema(e.schema, t, columns: context.columns)
            e.schemaIsExact = e.schemaIsExact || context.columns == nil
        }
        return t
    }

    // MARK: streamed files

    /// The file source of a named table whose rows for `columns` are not in memory (a query can
    /// then stream the file instead of loading it); nil when they are, or it is not a file.
    func fileSourceToStream(named name: String, columns: Set<String>?) -> FileTableSource? {
        fileSourceToStream(key: name, files: false, columns: columns)
    }

    /// The same for a file named in a query (bound earlier, so its source is known).
    func fileSourceToStream(ofFile key: String, columns: Set<String>?) -> FileTableSource? {
        fileSourceToStream(key: key, files: true, columns: columns)
    }

    private func fileSourceToStream(key: String, files: Bool, columns: Set<String>?) -> FileTableSource? {
        guard let e = entry(key, files: files), e.table == nil, let source = e.source as? FileTableSource else { return nil }
        if let columns, e.partial[columns] != nil { return nil }
        return source
    }

    /// Keeps what a stream of a table's file saw of its text columns.
    func recordStreamed(_ text: StreamedText, named name: String) { update(name, files: false) { $0.streamed = text } }
    func recordStreamed(_ text: StreamedText, ofFile key: String) { update(key, files: true) { $0.streamed = text } }

    /// A table's rows as the executor left them in memory (nil when they are not: nothing is loaded).
    func loadedTable(named name: String, columns: Set<String>?) -> Table? { loadedTable(key: name, files: false, columns: columns) }
    func loadedTable(ofFile key: String, columns: Set<String>?) -> Table? { loadedTable(key: key, files: true, columns: columns) }

    private func loadedTable(key: String, files: Bool, columns: Set<String>?) -> Table? {
        guard let e = entry(key, files: files) else { return nil }
        if let t = e.table { return t }
        return columns.flatMap { e.partial[$0] }
    }

    /// What the last stream of a table's file saw of its text columns (nil: never streamed).
    func streamedText(named name: String) -> StreamedText? { entry(name, files: false)?.streamed }
    func streamedText(ofFile key: String) -> StreamedText? { entry(key, files: true)?.streamed }

    /// Whether a load of `columns` left other columns out (placeholders).
    static func isPartial(_ t: Table, _ columns: Set<String>) -> Bool {
        t.schema.contains { !columns.contains($0.name) }
    }

    /// The schema after a load: the loaded columns' types replace the known ones; a partial
    /// load's placeholders keep what was known.
    static func mergedSchema(_ known: [ColumnInfo]?, _ t: Table, columns: Set<String>?) -> [ColumnInfo] {
        guard let known, known.count == t.schema.count, let columns else { return t.schema }
        return known.indices.map { i in columns.contains(known[i].name) ? t.schema[i] : known[i] }
    }
}

/// The text columns of a file as a stream saw them: each column's distinct values (in order of
/// first appearance) with how many rows hold each, and the file's rows.
struct StreamedText: Sendable {
    var columns: [String: TextColumnValues]
    var rowCount: Int
}
