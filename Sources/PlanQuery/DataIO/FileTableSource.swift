import Synchronization

/// A table read from a file through the engine's `FileSystem`: files given with `--data`,
/// registered by a host, or named in a query (`from "x.csv"`, `read(...)`).
///
/// Its schema comes from a sample when the file is large (the first megabyte of a CSV, TSV
/// or JSONL file, typed as the whole file would be), else from reading the whole file, which
/// is then kept for the load that follows. A sample can guess a type the whole file
/// contradicts; the engine then binds the statement again with the loaded types.
public final class FileTableSource: TableSource {
    public let path: String
    public let options: ReadOptions
    /// How much of a large file the schema is decided from.
    static let sampleBytes = 1 << 20

    private struct State {
        /// A whole-file load made for the schema, handed to the first `load`.
        var kept: (Table, [Diagnostic])?
        var sampled = false
    }
    private let state = Mutex(State())

    public init(path: String, options: ReadOptions = ReadOptions()) {
        self.path = path
        self.options = options
    }

    public var origin: String { path }

    public var schemaIsExact: Bool { !state.withLock { $0.sampled } }

    public func schema(_ context: LoadContext) throws -> [ColumnInfo] {
        if let sample = try DataFiles.sample(path, options: options, bytes: FileTableSource.sampleBytes, files: context.files) {
            state.withLock { $0.sampled = true }
            return sample.schema
        }
        let loaded = try DataFiles.load(path, options: options, files: context.files)
        state.withLock { $0.kept = loaded }
        return loaded.0.schema
    }

    public func load(_ context: LoadContext) throws -> Table {
        // A file about to be read whole must fit the memory budget (its table takes about as much).
        if let size = context.files.fileSize(path) { try RunGuard.current?.admitBytes(size, "reading \(path)") }
        let kept = state.withLock { s -> (Table, [Diagnostic])? in
            defer { s.kept = nil }
            return s.kept
        }
        let (table, findings) = try kept ?? DataFiles.load(path, options: options, columns: context.columns, files: context.files)
        for f in findings { context.report(f) }
        return table
    }
}
