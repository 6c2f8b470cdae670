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
    let sizes: FileReadSizes

    private struct State {
        /// A whole-file load made for the schema, handed to the first `load`.
        var kept: (Table, [Diagnostic])?
        var sampled = false
        /// How the sample typed each column that can be streamed (CSVStream), by name.
        var streamTypes: [String: StreamedColumnType] = [:]
        /// A stream of this file gave up (a value its sample did not foresee): read it whole.
        var streamFailed = false
        /// Streams that went to the end (for tests: a query that should stream did).
        var streams = 0
    }
    private let state = Mutex(State())

    public convenience init(path: String, options: ReadOptions = ReadOptions()) {
        self.init(path: path, options: options, sizes: FileReadSizes())
    }

    init(path: String, options: ReadOptions, sizes: FileReadSizes) {
        self.path = path
        self.options = options
        self.sizes = sizes
    }

    public var origin: String { path }

    public var schemaIsExact: Bool { !state.withLock { $0.sampled } }

    public func schema(_ context: LoadContext) throws -> [ColumnInfo] {
        if let sample = try DataFiles.sample(path, options: options, bytes: sizes.sampleBytes, files: context.files) {
            var types: [String: StreamedColumnType] = [:]
            for (info, column) in zip(sample.schema, sample.columns) { types[info.name] = StreamedColumnType(column) }
            state.withLock { $0.sampled = true; $0.streamTypes = types }
            return HeaderUnits.apply(sample.schema)
        }
        let loaded = try DataFiles.load(path, options: options, files: context.files)
        state.withLock { $0.kept = loaded }
        return HeaderUnits.apply(loaded.0.schema)
    }

    public func load(_ context: LoadContext) throws -> Table {
        if let request = streamRequest(context), let (table, findings) = try streamed({ () throws(Diagnostic) in
            try CSVStream.load(request, files: context.files)
        }) {
            for f in findings { context.report(f) }
            return HeaderUnits.apply(table)
        }
        // A file about to be read whole must fit the memory budget (its table takes about as much).
        if let size = context.files.fileSize(path) { try RunGuard.current?.admitBytes(size, "reading \(path)") }
        let kept = state.withLock { s -> (Table, [Diagnostic])? in
            defer { s.kept = nil }
            return s.kept
        }
        let (table, findings) = try kept ?? DataFiles.load(path, options: options, columns: context.columns,
                                                                partialAtLeast: sizes.partialAtLeast, files: context.files)
        for f in findings { context.report(f) }
        return HeaderUnits.apply(table)
    }

    /// How to stream the columns `context` asks for, as the statement was bound: nil unless the
    /// file is large, its types came from a sample, and every column asked for was bound with
    /// the type the sample gave it and is of a type that streams (StreamedColumnType).
    func streamRequest(_ context: LoadContext) -> CSVStreamRequest? {
        guard let schema = context.schema else { return nil }
        let (sampled, failed, types) = state.withLock { ($0.sampled, $0.streamFailed, $0.streamTypes) }
        guard sampled, !failed, context.files.fileSize(path) ?? 0 >= sizes.streamAtLeast else { return nil }
        var wanted: [Int: StreamedColumnType] = [:]
        for (j, info) in schema.enumerated() where context.columns?.contains(info.name) ?? true {
            guard let t = types[info.name], t.type == info.type,
                  HeaderUnits.format(t.format, type: t.type, heading: info.name) == info.format else { return nil }
            wanted[j] = t
        }
        return CSVStreamRequest(path: path, options: options, schema: schema, types: wanted, morselBytes: sizes.morselBytes)
    }

    /// Runs a stream of this file; when it gives up, the file is read whole from then on.
    func streamed<R>(_ body: () throws(Diagnostic) -> R?) throws(Diagnostic) -> R? {
        guard let r = try body() else {
            state.withLock { $0.streamFailed = true }
            return nil
        }
        state.withLock { $0.streams += 1 }
        return r
    }

    /// How many streams of this file went to the end, and whether one gave up.
    var streamHistory: (streams: Int, failed: Bool) { state.withLock { ($0.streams, $0.streamFailed) } }
}

/// The sizes that decide how a file is read.
struct FileReadSizes: Sendable {
    /// How much of a large file its schema is decided from (the whole file when smaller).
    var sampleBytes = 1 << 20
    /// Files from this size on are loaded only in the columns a query reads.
    var partialAtLeast = DataFiles.partialReadThreshold
    /// Files from this size on are streamed through queries that can take them a part at a time.
    var streamAtLeast = DataFiles.partialReadThreshold
    /// The size of those parts (CSVStream).
    var morselBytes = 4 << 20
}
