import Synchronization

/// Where non-fatal findings go as they happen: loader reports, join fan-out, constants hidden
/// by columns, lints. One log per engine; the resolver, the executor and the loaders all
/// report into it, so a finding never rides on a data value (a table) where a transform
/// could drop it or a per-group step repeat it.
///
/// Findings are de-duplicated per statement: `beginStatement()` starts a new statement, and
/// within one statement the same message is passed on once (a hidden constant used twice, a
/// join fan-out in every group of `group`, a loader finding for a table read twice).
final class DiagnosticLog: Sendable {
    private let seen = Mutex(Set<String>())
    private let deliver: @Sendable (Diagnostic) -> Void

    init(deliver: @escaping @Sendable (Diagnostic) -> Void) {
        self.deliver = deliver
    }

    func beginStatement() {
        seen.withLock { $0.removeAll(keepingCapacity: true) }
    }

    func report(_ diagnostic: Diagnostic) {
        if seen.withLock({ $0.insert(diagnostic.message).inserted }) { deliver(diagnostic) }
    }
}
