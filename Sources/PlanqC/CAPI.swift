import PlanQuery
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The C API declared in include/planq.h, built as libplanqc. Each C handle is a Swift
// object passed as an opaque pointer (retained by open/prepare/run, released by
// close/free). The header is the contract; every function here matches one there.

let statusOK: Int32 = 0
let statusError: Int32 = 1
let statusLimit: Int32 = 2
let statusMisuse: Int32 = 3

/// Strings handed to C, owned here: each slot's string lives until the slot is set again
/// or the owner is freed.
struct CStrings {
    private var slots: [String: UnsafeMutablePointer<CChar>] = [:]

    mutating func set(_ slot: String, _ text: String?) -> UnsafePointer<CChar>? {
        if let old = slots.removeValue(forKey: slot) { free(old) }
        guard let text, let copy = strdup(text) else { return nil }
        slots[slot] = copy
        return UnsafePointer(copy)
    }

    func freeAll() { for p in slots.values { free(p) } }
}

/// An engine as C sees it: the engine, its last errors and warnings, and a flag that keeps
/// a second thread out of it (the engine's own check cannot protect this handle's fields).
final class EngineHandle {
    let engine: Engine
    let canceller: QueryCanceller
    let busy = Atomic<Bool>(false)
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var strings = CStrings()

    init(_ engine: Engine) {
        self.engine = engine
        self.canceller = engine.canceller
        engine.onWarning = { [unowned self] in self.warnings.append($0) }
    }

    deinit { strings.freeAll() }

    /// Runs one API call: one thread at a time, errors recorded for `planq_error_*`.
    func call(resettingErrors: Bool = true, _ body: () throws -> Int32) -> Int32 {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return statusMisuse }
        defer { busy.store(false, ordering: .releasing) }
        if resettingErrors {
            errors = []
            warnings = []
        }
        do {
            return try body()
        } catch let e as PlanQueryError {
            errors = e.diagnostics
            return e.diagnostics.contains { $0.severity == .error && $0.kind == .limit } ? statusLimit : statusError
        } catch let d as Diagnostic {
            errors = [d]
            return d.kind == .limit ? statusLimit : statusError
        } catch {
            errors = [.error(.usage, "\(error)", at: nil)]
            return statusError
        }
    }

    /// Reads this handle's state for C without changing it; nil while another thread is inside.
    func read<R>(_ body: () -> R?) -> R? {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return nil }
        defer { busy.store(false, ordering: .releasing) }
        return body()
    }

    func misuse(_ message: String) -> Int32 {
        errors = [.error(.usage, message, at: nil)]
        return statusMisuse
    }

    var firstError: Diagnostic? { errors.first { $0.severity == .error } ?? errors.first }
}

final class QueryHandle {
    let owner: EngineHandle
    let query: PreparedQuery
    init(owner: EngineHandle, query: PreparedQuery) {
        self.owner = owner
        self.query = query
    }
}

/// A result table, with the C views of it made on demand and kept until it is freed.
final class ResultHandle {
    let owner: EngineHandle
    let table: Table
    var strings = CStrings()
    private var buffers: [UnsafeMutableRawPointer] = []
    private var intColumns: [Int: UnsafePointer<Int64>] = [:]
    private var doubleColumns: [Int: UnsafePointer<Double>] = [:]
    private var decimalColumns: [Int: (UnsafePointer<Int64>, Int)] = [:]
    private var nullColumns: [Int: UnsafePointer<UInt8>] = [:]

    init(owner: EngineHandle, table: Table) {
        self.owner = owner
        self.table = table
    }

    deinit {
        strings.freeAll()
        for b in buffers { b.deallocate() }
    }

    func column(_ i: Int32) -> Column? {
        let i = Int(i)
        return i >= 0 && i < table.columns.count ? table.columns[i] : nil
    }

    func value(_ row: Int64, _ column: Int32) -> Value? {
        guard let c = self.column(column), row >= 0, row < Int64(table.rowCount) else { return nil }
        return c[Int(row)]
    }

    private func keep<T>(_ values: [T]) -> UnsafePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
        p.initialize(from: values, count: values.count)
        buffers.append(UnsafeMutableRawPointer(p))
        return UnsafePointer(p)
    }

    func intColumn(_ i: Int32) -> UnsafePointer<Int64>? {
        if let p = intColumns[Int(i)] { return p }
        guard let c = column(i) else { return nil }
        let values: [Int64]
        switch c.storage {
        case .int(let a): values = a.map { Int64($0) }
        case .bool(let a): values = a.map { $0 ? 1 : 0 }
        default: return nil
        }
        let p = keep(values)
        intColumns[Int(i)] = p
        return p
    }

    func doubleColumn(_ i: Int32) -> UnsafePointer<Double>? {
        if let p = doubleColumns[Int(i)] { return p }
        guard let c = column(i) else { return nil }
        let values: [Double]
        switch c.storage {
        case .float(let a): values = a
        case .int(let a): values = a.map { Double($0) }
        case .decimal(let a, let scale):
            let divisor = Double(ExactDecimal.pow10(scale))
            values = a.map { Double($0) / divisor }
        default: return nil
        }
        let p = keep(values)
        doubleColumns[Int(i)] = p
        return p
    }

    func decimalColumn(_ i: Int32) -> (UnsafePointer<Int64>, Int)? {
        if let p = decimalColumns[Int(i)] { return p }
        guard let c = column(i), case .decimal(let a, let scale) = c.storage else { return nil }
        let entry = (keep(a), scale)
        decimalColumns[Int(i)] = entry
        return entry
    }

    func nullColumn(_ i: Int32) -> UnsafePointer<UInt8>? {
        if let p = nullColumns[Int(i)] { return p }
        guard let c = column(i) else { return nil }
        let p = keep((0..<table.rowCount).map { c.isNull($0) ? UInt8(1) : 0 })
        nullColumns[Int(i)] = p
        return p
    }
}

// MARK: handles

func engineHandle(_ p: UnsafeMutableRawPointer?) -> EngineHandle? {
    p.map { Unmanaged<EngineHandle>.fromOpaque($0).takeUnretainedValue() }
}

func queryHandle(_ p: UnsafeMutableRawPointer?) -> QueryHandle? {
    p.map { Unmanaged<QueryHandle>.fromOpaque($0).takeUnretainedValue() }
}

func resultHandle(_ p: UnsafeRawPointer?) -> ResultHandle? {
    p.map { Unmanaged<ResultHandle>.fromOpaque($0).takeUnretainedValue() }
}

func text(_ p: UnsafePointer<CChar>?) -> String? {
    p.map { String(cString: $0) }
}

func retained(_ object: AnyObject) -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(object).toOpaque()
}

// MARK: engines

@_cdecl("planq_api_version")
public func planq_api_version() -> Int32 { 1 }

@_cdecl("planq_open")
public func planq_open() -> UnsafeMutableRawPointer? {
    retained(EngineHandle(Engine()))
}

@_cdecl("planq_open_with_files")
public func planq_open_with_files(_ directories: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int) -> UnsafeMutableRawPointer? {
    var dirs: [String] = []
    if let directories, count > 0 {
        for i in 0..<count { if let d = directories[i] { dirs.append(String(cString: d)) } }
    }
    return retained(EngineHandle(Engine(files: dirs.isEmpty ? .none : .directories(dirs))))
}

@_cdecl("planq_close")
public func planq_close(_ engine: UnsafeMutableRawPointer?) {
    guard let engine else { return }
    Unmanaged<EngineHandle>.fromOpaque(engine).release()
}

@_cdecl("planq_interrupt")
public func planq_interrupt(_ engine: UnsafeMutableRawPointer?) {
    // The canceller is immutable and atomic: safe while another thread is inside the engine.
    engineHandle(engine)?.canceller.cancel()
}

func setLimits(_ engine: UnsafeMutableRawPointer?, _ change: (inout Limits) -> Void) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    return h.call {
        change(&h.engine.limits)
        return statusOK
    }
}

@_cdecl("planq_set_max_rows")
public func planq_set_max_rows(_ engine: UnsafeMutableRawPointer?, _ rows: Int64) -> Int32 {
    setLimits(engine) { $0.maxRows = rows > 0 ? Int(rows) : nil }
}

@_cdecl("planq_set_max_memory")
public func planq_set_max_memory(_ engine: UnsafeMutableRawPointer?, _ bytes: Int64) -> Int32 {
    setLimits(engine) { $0.maxMemory = bytes > 0 ? Int(bytes) : nil }
}

@_cdecl("planq_set_timeout_ms")
public func planq_set_timeout_ms(_ engine: UnsafeMutableRawPointer?, _ milliseconds: Int64) -> Int32 {
    setLimits(engine) { $0.timeout = milliseconds > 0 ? .milliseconds(milliseconds) : nil }
}

@_cdecl("planq_set_max_nesting")
public func planq_set_max_nesting(_ engine: UnsafeMutableRawPointer?, _ depth: Int32) -> Int32 {
    setLimits(engine) { $0.maxNesting = depth > 0 ? Int(depth) : Limits.defaultNesting }
}

@_cdecl("planq_allow_import")
public func planq_allow_import(_ engine: UnsafeMutableRawPointer?, _ allow: Int32) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    return h.call {
        h.engine.allowsImport = allow != 0
        return statusOK
    }
}

@_cdecl("planq_remove_function")
public func planq_remove_function(_ engine: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    return h.call {
        guard let name = text(name) else { return h.misuse("planq_remove_function: name is NULL") }
        guard h.engine.removeFunction(name) else {
            throw PlanQueryError(.error(.name, "there is no function `\(name)`", at: nil))
        }
        return statusOK
    }
}

// MARK: tables and definitions

func register(_ engine: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ data: UnsafePointer<CChar>?, _ length: Int,
              _ format: TabularFormat?) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    return h.call {
        guard let name = text(name) else { return h.misuse("register: name is NULL") }
        guard let data, length >= 0 else { return h.misuse("register: data is NULL") }
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
        try h.engine.register(data: bytes, format: format, as: name)
        return statusOK
    }
}

@_cdecl("planq_register_csv")
public func planq_register_csv(_ engine: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ data: UnsafePointer<CChar>?, _ length: Int) -> Int32 {
    register(engine, name, data, length, .csv)
}

@_cdecl("planq_register_json")
public func planq_register_json(_ engine: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ data: UnsafePointer<CChar>?, _ length: Int) -> Int32 {
    // An array of objects or one object per line: the loader tells them apart.
    register(engine, name, data, length, nil)
}

@_cdecl("planq_register_file")
public func planq_register_file(_ engine: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ path: UnsafePointer<CChar>?) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    return h.call {
        guard let name = text(name), let path = text(path) else { return h.misuse("planq_register_file: name or path is NULL") }
        h.engine.registerFile(path, as: name)
        return statusOK
    }
}

@_cdecl("planq_define")
public func planq_define(_ engine: UnsafeMutableRawPointer?, _ source: UnsafePointer<CChar>?) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    return h.call {
        guard let source = text(source) else { return h.misuse("planq_define: source is NULL") }
        try h.engine.define(source)
        return statusOK
    }
}

// MARK: queries

@_cdecl("planq_prepare")
public func planq_prepare(_ engine: UnsafeMutableRawPointer?, _ source: UnsafePointer<CChar>?,
                          _ out: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    out?.pointee = nil
    return h.call {
        guard let source = text(source), let out else { return h.misuse("planq_prepare: source or query_out is NULL") }
        let query = try h.engine.prepare(source, name: "<query>")
        out.pointee = retained(QueryHandle(owner: h, query: query))
        return statusOK
    }
}

@_cdecl("planq_prepare_with_params")
public func planq_prepare_with_params(_ engine: UnsafeMutableRawPointer?, _ source: UnsafePointer<CChar>?,
                                      _ names: UnsafePointer<UnsafePointer<CChar>?>?, _ literals: UnsafePointer<UnsafePointer<CChar>?>?,
                                      _ count: Int, _ out: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    out?.pointee = nil
    return h.call {
        guard let source = text(source), let out else { return h.misuse("planq_prepare_with_params: source or query_out is NULL") }
        var parameters: [String: Value] = [:]
        if count > 0 {
            guard let names, let literals else { return h.misuse("planq_prepare_with_params: names or literals is NULL") }
            for i in 0..<count {
                guard let name = text(names[i]), let literal = text(literals[i]) else {
                    return h.misuse("planq_prepare_with_params: parameter \(i) is NULL")
                }
                parameters[name] = try h.engine.constantValue(literal, name: "parameter \(name)")
            }
        }
        let query = try h.engine.prepare(source, name: "<query>", parameters: parameters)
        out.pointee = retained(QueryHandle(owner: h, query: query))
        return statusOK
    }
}

func bind(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ value: () throws -> Value) -> Int32 {
    guard let q = queryHandle(query) else { return statusMisuse }
    return q.owner.call {
        guard let name = text(name) else { return q.owner.misuse("bind: name is NULL") }
        try q.query.bind(name, try value())
        return statusOK
    }
}

@_cdecl("planq_bind_int")
public func planq_bind_int(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ value: Int64) -> Int32 {
    bind(query, name) { .int(Int(value)) }
}

@_cdecl("planq_bind_double")
public func planq_bind_double(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ value: Double) -> Int32 {
    bind(query, name) { .float(value) }
}

@_cdecl("planq_bind_bool")
public func planq_bind_bool(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ value: Int32) -> Int32 {
    bind(query, name) { .bool(value != 0) }
}

@_cdecl("planq_bind_text")
public func planq_bind_text(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ value: UnsafePointer<CChar>?) -> Int32 {
    bind(query, name) { value.map { .text(String(cString: $0)) } ?? .null }
}

@_cdecl("planq_bind_decimal")
public func planq_bind_decimal(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ digits: UnsafePointer<CChar>?) -> Int32 {
    bind(query, name) {
        let s = digits.map { String(cString: $0) } ?? ""
        guard let d = ExactDecimal(parsing: s) else {
            throw PlanQueryError(.error(.usage, "\"\(s)\" is not a decimal number", at: nil))
        }
        return .decimal(d)
    }
}

@_cdecl("planq_bind_date")
public func planq_bind_date(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ year: Int32, _ month: Int32, _ day: Int32) -> Int32 {
    bind(query, name) {
        guard let d = CalendarDate(year: Int(year), month: Int(month), day: Int(day)) else {
            throw PlanQueryError(.error(.usage, "\(year)-\(month)-\(day) is not a date", at: nil))
        }
        return .date(d)
    }
}

@_cdecl("planq_bind_fy")
public func planq_bind_fy(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ startYear: Int32) -> Int32 {
    bind(query, name) { .fiscalYear(FY(Int(startYear))) }
}

@_cdecl("planq_bind_null")
public func planq_bind_null(_ query: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?) -> Int32 {
    bind(query, name) { .null }
}

@_cdecl("planq_clear_bindings")
public func planq_clear_bindings(_ query: UnsafeMutableRawPointer?) -> Int32 {
    guard let q = queryHandle(query) else { return statusMisuse }
    return q.owner.call {
        q.query.clearBindings()
        return statusOK
    }
}

@_cdecl("planq_execute")
public func planq_execute(_ query: UnsafeMutableRawPointer?, _ out: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Int32 {
    guard let q = queryHandle(query) else { return statusMisuse }
    out?.pointee = nil
    return q.owner.call {
        guard let out else { return q.owner.misuse("planq_execute: result_out is NULL") }
        out.pointee = retained(ResultHandle(owner: q.owner, table: try q.query.run()))
        return statusOK
    }
}

@_cdecl("planq_query_free")
public func planq_query_free(_ query: UnsafeMutableRawPointer?) {
    guard let query else { return }
    Unmanaged<QueryHandle>.fromOpaque(query).release()
}

@_cdecl("planq_run")
public func planq_run(_ engine: UnsafeMutableRawPointer?, _ source: UnsafePointer<CChar>?,
                      _ out: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Int32 {
    guard let h = engineHandle(engine) else { return statusMisuse }
    out?.pointee = nil
    return h.call {
        guard let source = text(source), let out else { return h.misuse("planq_run: source or result_out is NULL") }
        out.pointee = retained(ResultHandle(owner: h, table: try h.engine.query(source, name: "<query>")))
        return statusOK
    }
}

// MARK: results

@_cdecl("planq_result_row_count")
public func planq_result_row_count(_ result: UnsafeRawPointer?) -> Int64 {
    Int64(resultHandle(result)?.table.rowCount ?? 0)
}

@_cdecl("planq_result_column_count")
public func planq_result_column_count(_ result: UnsafeRawPointer?) -> Int32 {
    Int32(resultHandle(result)?.table.schema.count ?? 0)
}

@_cdecl("planq_result_column_name")
public func planq_result_column_name(_ result: UnsafeMutableRawPointer?, _ column: Int32) -> UnsafePointer<CChar>? {
    guard let r = resultHandle(result), column >= 0, Int(column) < r.table.schema.count else { return nil }
    return r.strings.set("name\(column)", r.table.schema[Int(column)].name)
}

@_cdecl("planq_result_column_type")
public func planq_result_column_type(_ result: UnsafeMutableRawPointer?, _ column: Int32) -> UnsafePointer<CChar>? {
    guard let r = resultHandle(result), column >= 0, Int(column) < r.table.schema.count else { return nil }
    return r.strings.set("type\(column)", r.table.schema[Int(column)].type.displayName)
}

@_cdecl("planq_result_render")
public func planq_result_render(_ result: UnsafeMutableRawPointer?, _ format: UnsafePointer<CChar>?) -> UnsafePointer<CChar>? {
    guard let r = resultHandle(result), let name = text(format), let f = OutputFormat(rawValue: name) else { return nil }
    return r.strings.set("render", r.table.rendered(as: f))
}

@_cdecl("planq_result_is_null")
public func planq_result_is_null(_ result: UnsafeRawPointer?, _ row: Int64, _ column: Int32) -> Int32 {
    guard let v = resultHandle(result)?.value(row, column) else { return 1 }
    return v.isNull ? 1 : 0
}

@_cdecl("planq_result_int")
public func planq_result_int(_ result: UnsafeRawPointer?, _ row: Int64, _ column: Int32) -> Int64 {
    guard let v = resultHandle(result)?.value(row, column) else { return 0 }
    if case .bool(let b) = v { return b ? 1 : 0 }
    return Int(planValue: v).map { Int64($0) } ?? 0
}

@_cdecl("planq_result_double")
public func planq_result_double(_ result: UnsafeRawPointer?, _ row: Int64, _ column: Int32) -> Double {
    resultHandle(result)?.value(row, column)?.doubleValue ?? 0
}

@_cdecl("planq_result_text")
public func planq_result_text(_ result: UnsafeMutableRawPointer?, _ row: Int64, _ column: Int32) -> UnsafePointer<CChar>? {
    guard let r = resultHandle(result), let v = r.value(row, column), !v.isNull else { return nil }
    return r.strings.set("text", v.description)
}

@_cdecl("planq_result_int_column")
public func planq_result_int_column(_ result: UnsafeMutableRawPointer?, _ column: Int32) -> UnsafePointer<Int64>? {
    resultHandle(result)?.intColumn(column)
}

@_cdecl("planq_result_double_column")
public func planq_result_double_column(_ result: UnsafeMutableRawPointer?, _ column: Int32) -> UnsafePointer<Double>? {
    resultHandle(result)?.doubleColumn(column)
}

@_cdecl("planq_result_decimal_column")
public func planq_result_decimal_column(_ result: UnsafeMutableRawPointer?, _ column: Int32,
                                        _ scale: UnsafeMutablePointer<Int32>?) -> UnsafePointer<Int64>? {
    guard let (units, s) = resultHandle(result)?.decimalColumn(column) else { return nil }
    scale?.pointee = Int32(s)
    return units
}

@_cdecl("planq_result_null_column")
public func planq_result_null_column(_ result: UnsafeMutableRawPointer?, _ column: Int32) -> UnsafePointer<UInt8>? {
    resultHandle(result)?.nullColumn(column)
}

@_cdecl("planq_result_free")
public func planq_result_free(_ result: UnsafeMutableRawPointer?) {
    guard let result else { return }
    Unmanaged<ResultHandle>.fromOpaque(result).release()
}

// MARK: errors, warnings, validation

@_cdecl("planq_error_message")
public func planq_error_message(_ engine: UnsafeMutableRawPointer?) -> UnsafePointer<CChar>? {
    guard let h = engineHandle(engine) else { return nil }
    return h.read { h.strings.set("message", h.firstError?.message) } ?? nil
}

@_cdecl("planq_error_kind")
public func planq_error_kind(_ engine: UnsafeMutableRawPointer?) -> UnsafePointer<CChar>? {
    guard let h = engineHandle(engine) else { return nil }
    return h.read { h.strings.set("kind", h.firstError.map { "\($0.kind)" }) } ?? nil
}

@_cdecl("planq_error_line")
public func planq_error_line(_ engine: UnsafeMutableRawPointer?) -> Int32 {
    guard let h = engineHandle(engine) else { return 0 }
    return h.read { Int32(h.firstError?.line ?? 0) } ?? 0
}

@_cdecl("planq_error_column")
public func planq_error_column(_ engine: UnsafeMutableRawPointer?) -> Int32 {
    guard let h = engineHandle(engine) else { return 0 }
    return h.read { Int32(h.firstError?.column ?? 0) } ?? 0
}

@_cdecl("planq_error_rendered")
public func planq_error_rendered(_ engine: UnsafeMutableRawPointer?) -> UnsafePointer<CChar>? {
    guard let h = engineHandle(engine) else { return nil }
    return h.read {
        h.strings.set("rendered", h.errors.isEmpty ? nil : h.errors.map { $0.render() }.joined(separator: "\n"))
    } ?? nil
}

@_cdecl("planq_warning_count")
public func planq_warning_count(_ engine: UnsafeMutableRawPointer?) -> Int32 {
    guard let h = engineHandle(engine) else { return 0 }
    return h.read { Int32(h.warnings.count) } ?? 0
}

@_cdecl("planq_warning")
public func planq_warning(_ engine: UnsafeMutableRawPointer?, _ index: Int32) -> UnsafePointer<CChar>? {
    guard let h = engineHandle(engine) else { return nil }
    return h.read {
        guard index >= 0, Int(index) < h.warnings.count else { return nil }
        return h.strings.set("warning", h.warnings[Int(index)].render())
    } ?? nil
}

@_cdecl("planq_validate")
public func planq_validate(_ engine: UnsafeMutableRawPointer?, _ source: UnsafePointer<CChar>?) -> UnsafePointer<CChar>? {
    guard let h = engineHandle(engine), let source = text(source) else { return nil }
    var json: String?
    _ = h.call {
        json = "[" + h.engine.validate(source, name: "<editor>").map(DiagnosticJSON.object).joined(separator: ",") + "]"
        return statusOK
    }
    guard let json else { return nil }
    return h.read { h.strings.set("validate", json) } ?? nil
}

/// Diagnostics as the JSON objects `planq_validate` returns.
enum DiagnosticJSON {
    static func object(_ d: Diagnostic) -> String {
        func number(_ n: Int?) -> String { n.map(String.init) ?? "null" }
        return "{\"severity\":\(string(d.severity.rawValue)),\"kind\":\(string("\(d.kind)")),\"message\":\(string(d.message)),"
            + "\"line\":\(number(d.line)),\"column\":\(number(d.column)),\"end_line\":\(number(d.endLine)),"
            + "\"end_column\":\(number(d.endColumn)),\"hints\":[\(d.hints.map(string).joined(separator: ","))]}"
    }

    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
