@testable import PlanQuery
#if canImport(Glibc)
import Glibc
#endif

/// One long-lived thread with the stack `withQueryStack` gives (`Limits.queryStackSize`) that
/// runs each input in turn, while the fuzzer's thread waits. `withQueryStack` makes a thread
/// for every call: the stack is mapped again each time and every page of it an input touches
/// (and its sanitizer shadow) is faulted in again, which made that most of the time of a
/// `parse` or `engine` input. Here the stack, its probe bounds and its pages stay.
final class QueryStackWorker: @unchecked Sendable {
    static let shared = QueryStackWorker()

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let wake = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// The work handed over (under the mutex); nil while none is waiting.
    private var job: (() -> Void)?
    private var finished = false
    private var started = false

    private init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(wake, nil)
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, Limits.queryStackSize)
        var thread = pthread_t()
        started = pthread_create(&thread, &attr, { raw in
            if let raw { Unmanaged<QueryStackWorker>.fromOpaque(raw).takeUnretainedValue().serve() }
            return nil
        }, Unmanaged.passRetained(self).toOpaque()) == 0
        if started { pthread_detach(thread) }
    }

    /// Runs `body` on the worker thread and returns its result (on this thread if the worker
    /// could not be started, as `withQueryStack` does).
    func run<T>(_ body: () -> T) -> T {
        guard started else { return withQueryStack(body) }
        return withoutActuallyEscaping(body) { body in
            var result: T? = nil
            pthread_mutex_lock(mutex)
            job = { result = body() }
            finished = false
            pthread_cond_broadcast(wake)
            while !finished { pthread_cond_wait(wake, mutex) }
            pthread_mutex_unlock(mutex)
            return result!
        }
    }

    private func serve() {
        pthread_mutex_lock(mutex)
        while true {
            while job == nil { pthread_cond_wait(wake, mutex) }
            var current = job
            job = nil
            pthread_mutex_unlock(mutex)
            current?()
            current = nil   // released before the caller returns (withoutActuallyEscaping checks)
            pthread_mutex_lock(mutex)
            finished = true
            pthread_cond_broadcast(wake)
        }
    }
}
