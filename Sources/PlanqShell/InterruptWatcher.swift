import Foundation
import PlanQuery
import Synchronization

/// Turns Ctrl-C into a cancel while a statement runs: the terminal's signal handler only
/// sets a flag (all a handler may safely do), and this thread polls it every few
/// milliseconds and cancels the engine's query through its atomic canceller. The flag stays
/// set until the statement ends, so the watcher cancels again while it is set: a cancel
/// that came before the query started (which cancels nothing) is followed by one that counts.
final class InterruptWatcher: Sendable {
    private let stopped = Atomic<Bool>(false)

    init(check: @escaping @Sendable () -> Bool, canceller: QueryCanceller) {
        let thread = Thread { [self] in
            while !self.stopped.load(ordering: .acquiring) {
                if check() { canceller.cancel() }
                usleep(5_000)
            }
        }
        thread.start()
    }

    func stop() { stopped.store(true, ordering: .releasing) }
}
