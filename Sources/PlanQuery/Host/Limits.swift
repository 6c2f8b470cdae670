import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What one run of planq source may use, set by the host. A breach stops the run with a
/// `PlanQueryError` of kind `.limit` naming the limit; it never crashes the host. `nil`
/// means no limit. The command line sets these from `--max-rows`, `--max-memory` and
/// `--timeout`.
public struct Limits: Sendable, Equatable {
    /// The most rows any table may have: a loaded file, every intermediate step, the result.
    public var maxRows: Int?
    /// The most bytes one table, join output or text value may take, estimated before the
    /// memory is allocated (a join that would explode is refused before it is built).
    public var maxMemory: Int?
    /// The longest one run (`query`, `run`, a prepared query's `run`) may take.
    public var timeout: Duration?
    /// How deeply expressions and pipelines may nest (brackets, `if`, operator chains).
    public var maxNesting: Int

    /// The nesting limit when the host sets none: the depth of expressions (an operator
    /// chain `1 + 1 + …` is as deep as it is long), sub-queries and plan steps. SQLite and
    /// DuckDB limit expression depth to 1,000 too. A release build needs a few MB of stack
    /// for it; on a thread with less, the stack check stops first (NestingDepth).
    public static let defaultNesting = 1000

    public init(maxRows: Int? = nil, maxMemory: Int? = nil, timeout: Duration? = nil,
                maxNesting: Int = Limits.defaultNesting) {
        self.maxRows = maxRows
        self.maxMemory = maxMemory
        self.timeout = timeout
        self.maxNesting = maxNesting
    }
}

/// Stops the queries an engine is running, from any thread: `engine.canceller.cancel()`.
/// Every run records the cancel count when it starts and stops (with a `.limit` error,
/// "query cancelled") at its next check once the count has moved, so a cancel reaches the
/// runs in progress and never a later one. Checks sit inside long loops (joins, sorts,
/// grouping, per-row functions, loaders) so a run stops within a few milliseconds.
public final class QueryCanceller: Sendable {
    private let cancels = Atomic<Int>(0)

    public init() {}

    /// Cancels every run of this engine that is in progress. Safe from any thread, and from
    /// a signal-watching thread; a no-op when nothing runs.
    public func cancel() {
        cancels.add(1, ordering: .releasing)
    }

    var count: Int { cancels.load(ordering: .acquiring) }
}

/// One run's guard: cancellation, wall time, rows and memory. The engine makes one per
/// run and binds it to `RunGuard.current` for the run's thread, so a check deep inside a
/// kernel or loader needs no parameter threaded through every call.
final class RunGuard: Sendable {
    let canceller: QueryCanceller
    let startCount: Int
    let deadline: ContinuousClock.Instant?
    let limits: Limits

    /// The guard of the run on this thread (or task); nil outside a run: no checks.
    @TaskLocal static var current: RunGuard?

    init(canceller: QueryCanceller, limits: Limits) {
        self.canceller = canceller
        self.startCount = canceller.count
        self.limits = limits
        self.deadline = limits.timeout.map { ContinuousClock.now.advanced(by: $0) }
    }

    /// Why the run must stop (cancelled, past its time limit); nil to go on.
    var stopReason: Diagnostic? {
        if canceller.count != startCount {
            return .error(.limit, "query cancelled", at: nil)
        }
        if let deadline, let timeout = limits.timeout, ContinuousClock.now >= deadline {
            return .error(.limit, "query stopped: it ran past the time limit of \(RunGuard.describe(timeout))",
                          at: nil, hints: ["the host sets the limit (the command line's --timeout SECONDS)"])
        }
        return nil
    }

    /// Throws when the run was cancelled or is past its time limit.
    func check() throws(PlanQueryError) {
        if let d = stopReason { throw PlanQueryError(d) }
    }

    /// The current run's check; free outside a run. Hot loops call it every few thousand rows.
    static func checkpoint() throws(PlanQueryError) {
        try current?.check()
    }

    /// The same check for the loaders, which throw diagnostics.
    static func loaderCheckpoint() throws(Diagnostic) {
        if let d = current?.stopReason { throw d }
    }

    /// The nesting limit of the current run (the default outside one), for the depth guards
    /// of the lexer, parser, binder and evaluator.
    static var nestingLimit: Int { current?.limits.maxNesting ?? Limits.defaultNesting }

    /// Refuses a table of `rows` rows before it is built, when it passes the row limit.
    func admitRows(_ rows: Int, _ what: @autoclosure () -> String, at span: Span? = nil) throws(PlanQueryError) {
        guard let max = limits.maxRows, rows > max else { return }
        throw PlanQueryError(.error(.limit, "\(what()) would have \(rows) rows, more than the row limit of \(max)", at: span,
                                    hints: ["filter or summarize earlier; the host sets the limit (the command line's --max-rows N)"]))
    }

    /// Refuses an allocation of about `bytes` bytes before it is made, when it passes the
    /// memory budget — or, with none set, the machine's memory (the allocation would fail
    /// and end the process).
    func admitBytes(_ bytes: Int, _ what: @autoclosure () -> String, at span: Span? = nil) throws(PlanQueryError) {
        if let max = limits.maxMemory {
            guard bytes > max else { return }
            throw PlanQueryError(.error(.limit, "\(what()) would need about \(RunGuard.describe(bytes: bytes)), more than the memory limit of \(RunGuard.describe(bytes: max))",
                                        at: span, hints: ["the host sets the limit (the command line's --max-memory SIZE)"]))
        }
        guard bytes > RunGuard.physicalMemory else { return }
        throw PlanQueryError(.error(.limit, "\(what()) would need about \(RunGuard.describe(bytes: bytes)), more than this machine's memory (\(RunGuard.describe(bytes: RunGuard.physicalMemory)))",
                                    at: span, hints: ["filter or summarize before joining; check the join keys"]))
    }

    /// The machine's memory (a generous 1 TiB when it cannot be read).
    static let physicalMemory: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, size > 0 else { return 1 << 40 }
        return pages.multipliedReportingOverflow(by: size).overflow ? Int.max : pages * size
    }()

    /// Checks a table against the row limit and the memory budget (a table that exists
    /// fits in memory; only a host's budget can refuse it).
    func admit(_ t: Table, _ what: @autoclosure () -> String, at span: Span?) throws(PlanQueryError) {
        if limits.maxRows != nil { try admitRows(t.rowCount, what(), at: span) }
        if limits.maxMemory != nil { try admitBytes(t.estimatedBytes, what(), at: span) }
    }

    /// The longest text value when the host sets no memory limit.
    static let defaultTextCeiling = 1 << 30

    /// Refuses a text value of `bytes` bytes (`repeat`, `lpad`, joining text) before it is
    /// built, when it would pass the memory limit (1 GiB when none is set): a size taken
    /// from the data is an error, never an allocation that kills the host.
    static func admitText(_ bytes: Int, _ function: String) throws(PlanQueryError) {
        let ceiling = current?.limits.maxMemory ?? defaultTextCeiling
        guard bytes > ceiling else { return }
        throw PlanQueryError(.error(.limit, "\(function) would make a text of about \(describe(bytes: bytes)), more than the limit of \(describe(bytes: ceiling))",
                                    at: nil, hints: ["the host sets the limit (the command line's --max-memory SIZE)"]))
    }

    /// `count` pieces of `bytesEach` bytes, as a text size (saturating: a product past
    /// `Int.max` is past every limit).
    static func admitText(_ count: Int, of bytesEach: Int, _ function: String) throws(PlanQueryError) {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: max(bytesEach, 0))
        try admitText(overflow ? Int.max : bytes, function)
    }

    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 30 { return Self.oneDecimal(Double(bytes) / Double(1 << 30)) + " GiB" }
        if bytes >= 1 << 20 { return Self.oneDecimal(Double(bytes) / Double(1 << 20)) + " MiB" }
        if bytes >= 1 << 10 { return Self.oneDecimal(Double(bytes) / Double(1 << 10)) + " KiB" }
        return "\(bytes) bytes"
    }

    static func describe(_ d: Duration) -> String {
        let (seconds, atto) = d.components
        let ms = seconds * 1000 + atto / 1_000_000_000_000_000
        if ms % 1000 == 0 { return "\(ms / 1000) s" }
        return "\(ms) ms"
    }

    private static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}

extension Table {
    /// About how many bytes the table's columns hold: fixed-width storage, text codes and
    /// dictionaries (each entry counted at its length plus a string's overhead), null masks.
    var estimatedBytes: Int {
        var total = 0
        for c in columns { total &+= c.estimatedBytes }
        return total
    }
}

extension Column {
    /// The bytes one more row of this column takes (text: its dictionary code).
    var bytesPerRow: Int {
        let mask = nulls == nil ? 0 : 1
        switch storage {
        case .null: return 0
        case .bool: return 1 + mask
        case .int, .float, .decimal: return 8 + mask
        case .date, .month, .fiscalYear, .text: return 4 + mask
        case .list: return 24 + mask
        }
    }

    var estimatedBytes: Int {
        var bytes = nulls == nil ? 0 : count
        switch storage {
        case .null: break
        case .bool: bytes &+= count
        case .int, .float: bytes &+= count &* 8
        case .decimal: bytes &+= count &* 8
        case .date, .month, .fiscalYear: bytes &+= count &* 4
        case .text(_, let dictionary):
            bytes &+= count &* 4
            for s in dictionary { bytes &+= s.utf8.count &+ 16 }
        case .list(let rows):
            for r in rows { bytes &+= 16 &+ r.count &* 24 }
        }
        return bytes
    }
}
