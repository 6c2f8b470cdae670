#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The fixed limits that keep one input from exhausting the stack, memory or time (the
/// host-set ones are the properties of `Limits`; docs/limits.md lists them all).
extension Limits {
    /// Expression nodes one statement may bind. A user function's body is expanded at each
    /// use, so `f(f(f(…)))` with `fn f(x) = x + x` doubles at every level.
    package static let maxBoundNodes = 200_000
    /// The most buckets `histogram` makes.
    package static let maxHistogramBuckets = 10_000
    /// Syntax errors reported for one source before the parser stops (a binary file given as
    /// a script would otherwise produce an error per byte).
    package static let maxSyntaxErrors = 100
    /// The stack `withQueryStack` gives the thread that runs queries: enough for the default
    /// nesting limit in a debug build, whose frames are many times a release build's (the
    /// resolver uses about 23 KB per level there). Reserved address space, not memory: pages
    /// are only committed when touched.
    package static let queryStackSize = 512 << 20
}

/// Counts nesting in one recursive stage (parser, resolver, executor) and refuses to go
/// deeper than the run's nesting limit (the nesting limit, 1,000 unless the host sets
/// another), or than the stack left on the current thread allows:
/// the count keeps the limit the same on every machine, the stack check keeps a host that
/// calls the library on a small-stack thread from crashing.
struct NestingDepth {
    private(set) var depth = 0
    /// Read once per stage: the run's limit is fixed while it runs.
    let limit = RunGuard.nestingLimit

    mutating func enter(_ span: Span?, _ what: String = "expression") throws {
        depth += 1
        if depth > limit {
            depth -= 1
            throw NestingDepth.tooDeep(span, what, limit: limit)
        }
        try StackProbe.check(span, what)
    }

    mutating func leave() { depth -= 1 }

    static func tooDeep(_ span: Span?, _ what: String, limit: Int = RunGuard.nestingLimit) -> PlanQueryError {
        PlanQueryError(.error(.syntax, "\(what) nested too deeply (the limit is \(limit) levels)", at: span,
                              hints: ["split it into steps: `let` a part, or `derive` a column and use it in the next step"]))
    }
}

/// How much of the current thread's stack is left. Used where recursion follows the shape of
/// the input; the bounds come from the thread library once per thread and are cached.
enum StackProbe {
    /// Stack kept free below the deepest checked frame: the unchecked calls a check guards
    /// (type rules, error messages, kernels) must fit in it, in a debug build too.
    static let reserve = 512 << 10

    static func check(_ span: Span?, _ what: String) throws {
        if isLow {
            throw PlanQueryError(.error(.syntax, "\(what) nested too deeply for this thread's stack", at: span,
                                        hints: ["split it into steps: `let` a part, or `derive` a column and use it in the next step"]))
        }
    }

    static var isLow: Bool {
        guard let low = lowestUsableAddress() else { return false }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here < low &+ UInt(reserve)
    }

    private static let cacheKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The lowest address the stack may grow down to (stacks grow down on every platform
    /// Swift runs on), or nil when the thread library does not say.
    static func lowestUsableAddress() -> UInt? {
        if let cached = pthread_getspecific(cacheKey) { return UInt(bitPattern: cached) }
        guard let (top, size) = threadStackBounds() else { return nil }
        // An unlimited stack (`ulimit -s unlimited`) reports an absurd size; 1 GB is plenty
        // and safe to assume.
        let low = top - UInt(min(size, 1 << 30))
        pthread_setspecific(cacheKey, UnsafeRawPointer(bitPattern: low))
        return low
    }

    /// The stack's highest address and size.
    private static func threadStackBounds() -> (top: UInt, size: Int)? {
        #if canImport(Darwin)
        let thread = pthread_self()
        let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
        return (top, pthread_get_stacksize_np(thread))
        #else
        var attr = pthread_attr_t()
        guard pthread_getattr_np_(pthread_self(), &attr) == 0 else { return nil }
        defer { pthread_attr_destroy(&attr) }
        var base: UnsafeMutableRawPointer? = nil
        var size = 0
        guard pthread_attr_getstack(&attr, &base, &size) == 0, let base, size > 0 else { return nil }
        return (UInt(bitPattern: base) + UInt(size), size)
        #endif
    }
}

#if !canImport(Darwin)
/// glibc and musl declare `pthread_getattr_np` only under `_GNU_SOURCE`, which the Swift
/// module maps do not define; the function itself is always there. Its arguments are a
/// word and a pointer, which Swift passes exactly as C does.
@_silgen_name("pthread_getattr_np")
private func pthread_getattr_np_(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// Runs `body` on a new thread with a `Limits.queryStackSize` stack and waits for it, so that
/// queries nested up to the default nesting limit run in any build. The CLI runs everything inside
/// it; an embedder may too. If the thread cannot be made, `body` runs here.
public func withQueryStack<T>(_ body: () -> T) -> T {
    withoutActuallyEscaping(body) { body in
        var result: T? = nil
        let job = QueryStackJob { result = body() }
        let unmanaged = Unmanaged.passRetained(job)
        defer { unmanaged.release() }
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, Limits.queryStackSize)
        #if canImport(Darwin)
        var thread: pthread_t? = nil
        #else
        var thread = pthread_t()
        #endif
        let started = pthread_create(&thread, &attr, { raw in
            #if canImport(Darwin)
            Unmanaged<QueryStackJob>.fromOpaque(raw).takeUnretainedValue().run()
            #else
            if let raw { Unmanaged<QueryStackJob>.fromOpaque(raw).takeUnretainedValue().run() }
            #endif
            return nil
        }, unmanaged.toOpaque())
        guard started == 0 else { return body() }
        #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
        #else
        pthread_join(thread, nil)
        #endif
        return result ?? body()
    }
}

/// The work handed to the query thread; the caller waits for the thread, so nothing is
/// shared while both run.
private final class QueryStackJob: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}
