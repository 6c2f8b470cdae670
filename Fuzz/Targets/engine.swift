@testable import PlanQuery
#if canImport(Glibc)
import Glibc
#endif

/// The engine on small random tables `t` and `u`. The first byte picks the mode: even, a
/// well-typed generated query (the following bytes steer the generator); odd, the bytes after
/// the tables' as a script. The engine may read no files and import nothing; an error is
/// fine, a crash or a hang is a finding. `FUZZ_SHOW=1` prints each query (to replay a finding).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEngine(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var generator = QueryGenerator(input: FuzzInput(data, size))
    let generated = generator.input.byte() & 1 == 0
    let engine = Engine(files: LocalFileSystem(policy: .none))
    engine.allowsImport = false
    engine.limits.maxMemory = 256 << 20
    let t = generator.table("t"), u = generator.table("u")
    engine.register(t, as: "t")
    engine.register(u, as: "u")
    let source = generated ? generator.query() : String(decoding: generator.input.rest(), as: UTF8.self)
    if getenv("FUZZ_SHOW") != nil {
        fputs("t:\n\(Rendering.render(t, as: .csv))u:\n\(Rendering.render(u, as: .csv))query:\n\(source)\n", stderr)
    }
    QueryStackWorker.shared.run {
        if let outputs = try? engine.run(source) {
            for o in outputs {
                if case .table(let t) = o { FuzzChecks.table(t) }
            }
        }
    }
    return 0
}
