import Synchronization

/// Where non-fatal findings go: loader reports, join fan-out, constants hidden by columns,
/// lints. One log per engine; the engine hands what it holds to the host's `onWarning` on
/// the host's thread as each statement ends (before the statement's output); the resolver, the executor and the loaders all
/// report into it, so a finding never rides on a data value (a table) where a transform
/// could drop it or a per-group step repeat it.
///
/// Findings are de-duplicated per statement: `beginStatement()` starts a new statement, and
/// within one statement the same message is passed on once (a hidden constant used twice, a
/// join fan-out in every group of `group`, a loader finding for a table read twice).
final class DiagnosticLog: Sendable {
    private struct State {
        var seen = Set<String>()
        var pending: [Diagnostic] = []
    }
    private let state = Mutex(State())

    init() {}

    func beginStatement() {
        state.withLock { $0.seen.removeAll(keepingCapacity: true) }
    }

    /// Keeps a finding for the engine to hand over (a loader's worker thread may report).
    func report(_ diagnostic: Diagnostic) {
        state.withLock { s in
            if s.seen.insert(diagnostic.message).inserted { s.pending.append(diagnostic) }
        }
    }

    /// The findings reported since the last drain, in order.
    func drain() -> [Diagnostic] {
        state.withLock { s in
            defer { s.pending.removeAll() }
            return s.pending
        }
    }
}
