/// What the resolver knows about one argument when choosing a result type.
package struct ArgInfo: Sendable {
    package var type: DataType
    package var format: ValueFormat
    /// The argument's value when it is a constant (lets `round(x, 2)` pick a scale).
    package var constant: Value?
}

/// A type error from a function's typing rule; the resolver attaches the span.
package struct FunctionTypeError: Error, Sendable {
    package var message: String
    package var argument: Int?
    package init(_ message: String, argument: Int? = nil) { self.message = message; self.argument = argument }
}

package struct ParamSpec: Sendable {
    package var name: String
    /// A default makes the parameter optional.
    package var defaultValue: Value?
    package var optional: Bool
    /// For aggregates: the parameter must be a constant (`quantile(x, 0.9)`).
    package var constantOnly: Bool

    package static func required(_ name: String, constant: Bool = false) -> ParamSpec {
        ParamSpec(name: name, defaultValue: nil, optional: false, constantOnly: constant)
    }
    package static func optional(_ name: String, _ value: Value = .null, constant: Bool = false) -> ParamSpec {
        ParamSpec(name: name, defaultValue: value, optional: true, constantOnly: constant)
    }
}

/// The help entry of a function: shown by `help NAME`, listed in docs/functions.md, and
/// its example is run by the test suite.
package struct FunctionHelp: Sendable {
    package var category: String
    package var summary: String
    package var example: String
    /// The example's result as planq prints it (`--format csv` without header for one value).
    package var result: String
    package init(_ category: String, _ summary: String, example: String, result: String) {
        self.category = category
        self.summary = summary
        self.example = example
        self.result = result
    }
}

package typealias TypeRule = @Sendable ([ArgInfo]) throws(FunctionTypeError) -> (DataType, ValueFormat)

/// An operand of a column kernel: a whole column, or one value standing for every row.
package enum Operand: Sendable {
    case column(Column)
    case scalar(Value)

    @inline(__always) package func value(_ row: Int) -> Value {
        switch self {
        case .column(let c): return c[row]
        case .scalar(let v): return v
        }
    }

    package var type: DataType {
        switch self {
        case .column(let c): return c.type
        case .scalar(let v): return v.type
        }
    }

    package func materialize(count: Int, format: ValueFormat = .plain) -> Column {
        switch self {
        case .column(let c): return c
        case .scalar(let v): return Column.constant(v, count: count, format: format)
        }
    }
}

package final class ScalarFunction: Sendable {
    package let name: String
    package let params: [ParamSpec]
    package let variadic: Bool
    package let typeRule: TypeRule
    /// False for `today()`, `random()`: never folded into a constant.
    package let isPure: Bool
    package let help: FunctionHelp
    package let evaluate: @Sendable (_ args: [Operand], _ rowCount: Int, _ resultType: DataType) throws -> Operand

    package init(_ name: String, params: [ParamSpec], variadic: Bool = false, pure: Bool = true, help: FunctionHelp,
                type: @escaping TypeRule,
                evaluate: @escaping @Sendable ([Operand], Int, DataType) throws -> Operand) {
        self.name = name
        self.params = params
        self.variadic = variadic
        self.typeRule = type
        self.isPure = pure
        self.help = help
        self.evaluate = evaluate
    }

    /// A function computed value by value; nulls in, null out unless `nullSafe`.
    package convenience init(_ name: String, params: [ParamSpec], variadic: Bool = false, pure: Bool = true,
                            nullSafe: Bool = false, help: FunctionHelp,
                            type: @escaping TypeRule, row: @escaping @Sendable ([Value]) throws -> Value) {
        self.init(name, params: params, variadic: variadic, pure: pure, help: help, type: type) { args, count, resultType in
            if args.allSatisfy({ if case .scalar = $0 { return true } else { return false } }) {
                let vals = args.map { $0.value(0) }
                if !nullSafe, vals.contains(where: \.isNull) { return .scalar(.null) }
                return .scalar(try row(vals))
            }
            var b = ColumnBuilder(type: resultType, capacity: count)
            var vals = [Value](repeating: .null, count: args.count)
            for r in 0..<count {
                if r & 0xFFF == 0 { try RunGuard.checkpoint() }
                var anyNull = false
                for i in args.indices {
                    vals[i] = args[i].value(r)
                    if vals[i].isNull { anyNull = true }
                }
                if anyNull, !nullSafe { b.appendNull(); continue }
                b.append(try row(vals))
            }
            return .column(b.finish())
        }
    }
}

/// Rows grouped for aggregation: `groupOf[row]` is the row's group, or -1 to skip the row
/// (filtered out by an aggregate's `where`).
package struct Grouping: Sendable {
    package var groupOf: [Int32]
    package var count: Int

    package init(groupOf: [Int32], count: Int) {
        self.groupOf = groupOf
        self.count = count
    }

    package static func single(rows: Int) -> Grouping {
        Grouping(groupOf: [Int32](repeating: 0, count: rows), count: 1)
    }

    /// Row indices of each group, in row order.
    package func rowsByGroup() -> [[Int]] {
        var out = [[Int]](repeating: [], count: count)
        for (r, g) in groupOf.enumerated() where g >= 0 { out[Int(g)].append(r) }
        return out
    }

    /// `rowsByGroup`, checking the run every 8Ki rows (millions of rows take a while).
    func rowsByGroup(checking runGuard: RunGuard?) throws -> [[Int]] {
        var out = [[Int]](repeating: [], count: count)
        for (r, g) in groupOf.enumerated() where g >= 0 {
            if r & 0x1FFF == 0 { try runGuard?.check() }
            out[Int(g)].append(r)
        }
        return out
    }
}

package final class AggregateFunction: Sendable {
    package let name: String
    package let params: [ParamSpec]
    package let typeRule: TypeRule
    package let help: FunctionHelp
    package let evaluate: @Sendable (_ args: [Column], _ groups: Grouping, _ resultType: DataType) throws -> Column

    package init(_ name: String, params: [ParamSpec], help: FunctionHelp, type: @escaping TypeRule,
                evaluate: @escaping @Sendable ([Column], Grouping, DataType) throws -> Column) {
        self.name = name
        self.params = params
        self.typeRule = type
        self.help = help
        self.evaluate = evaluate
    }
}

/// A function over the rows of a partition in order: `row_number()`, `lag(x)`, `running_sum(x)`.
package final class WindowFunction: Sendable {
    package let name: String
    package let params: [ParamSpec]
    package let typeRule: TypeRule
    package let help: FunctionHelp
    /// `args` are full columns of the input; `order` lists the partition's row indices in window order.
    /// Returns one value per entry of `order`.
    package let evaluate: @Sendable (_ args: [Column], _ order: [Int], _ resultType: DataType) throws -> [Value]

    package init(_ name: String, params: [ParamSpec], help: FunctionHelp, type: @escaping TypeRule,
                evaluate: @escaping @Sendable ([Column], [Int], DataType) throws -> [Value]) {
        self.name = name
        self.params = params
        self.typeRule = type
        self.help = help
        self.evaluate = evaluate
    }
}

package enum FunctionEntry: Sendable {
    case scalar(ScalarFunction)
    case aggregate(AggregateFunction)
    case window(WindowFunction)

    package var name: String {
        switch self {
        case .scalar(let f): return f.name
        case .aggregate(let f): return f.name
        case .window(let f): return f.name
        }
    }

    package var params: [ParamSpec] {
        switch self {
        case .scalar(let f): return f.params
        case .aggregate(let f): return f.params
        case .window(let f): return f.params
        }
    }

    package var help: FunctionHelp {
        switch self {
        case .scalar(let f): return f.help
        case .aggregate(let f): return f.help
        case .window(let f): return f.help
        }
    }

    package var kindName: String {
        switch self {
        case .scalar: return "scalar"
        case .aggregate: return "aggregate"
        case .window: return "window"
        }
    }

    package var signature: String {
        let ps = params.map { p -> String in
            if let d = p.defaultValue, p.optional, !d.isNull { return "\(p.name) = \(d.literalText)" }
            return p.optional ? "[\(p.name)]" : p.name
        }
        var s = name + "(" + ps.joined(separator: ", ")
        if case .scalar(let f) = self, f.variadic { s += ", ..." }
        return s + ")"
    }
}

/// All built-in functions, by name and alias. Filled by the `register…` functions of each
/// family (Functions/*.swift).
package struct FunctionRegistry: Sendable {
    package private(set) var entries: [String: FunctionEntry] = [:]
    package private(set) var aliases: [String: String] = [:]
    /// Canonical names in registration order (docs list them in this order within a category).
    package private(set) var order: [String] = []

    package static let builtins: FunctionRegistry = {
        var r = FunctionRegistry()
        registerCoreScalars(&r)
        registerCoreAggregates(&r)
        registerCoreWindows(&r)
        registerStatAggregates(&r)
        registerSelectionAggregates(&r)
        registerBivariateAggregates(&r)
        registerLibraryWindows(&r)
        registerMathScalars(&r)
        registerTextScalars(&r)
        registerConversionScalars(&r)
        registerDateScalars(&r)
        registerFinancialYearScalars(&r)
        return r
    }()

    package mutating func add(_ e: FunctionEntry, aliases names: [String] = []) {
        precondition(entries[e.name] == nil, "duplicate function \(e.name)")
        entries[e.name] = e
        order.append(e.name)
        for a in names { aliases[a] = e.name }
    }

    package mutating func add(_ f: ScalarFunction, aliases: [String] = []) { add(.scalar(f), aliases: aliases) }
    package mutating func add(_ f: AggregateFunction, aliases: [String] = []) { add(.aggregate(f), aliases: aliases) }
    package mutating func add(_ f: WindowFunction, aliases: [String] = []) { add(.window(f), aliases: aliases) }

    package func lookup(_ name: String) -> FunctionEntry? {
        if let e = entries[name] { return e }
        if let canonical = aliases[name] { return entries[canonical] }
        return nil
    }

    package var allNames: [String] { Array(entries.keys) + Array(aliases.keys) }

    /// Removes a function by its name or an alias, with every alias of it (a host shaping
    /// the function set).
    @discardableResult
    mutating func remove(_ name: String) -> Bool {
        let canonical = entries[name] != nil ? name : aliases[name]
        guard let canonical, entries[canonical] != nil else { return false }
        entries[canonical] = nil
        order.removeAll { $0 == canonical }
        aliases = aliases.filter { $0.value != canonical }
        return true
    }
}

// MARK: typing-rule helpers shared by the function families

package enum Types {
    package static func numeric(_ a: ArgInfo, _ fn: String, argument: Int = 0) throws(FunctionTypeError) {
        if !(a.type.isNumeric || a.type == .null) {
            throw FunctionTypeError("\(fn) needs a number, not \(a.type.displayName)", argument: argument)
        }
    }
    package static func text(_ a: ArgInfo, _ fn: String, argument: Int = 0) throws(FunctionTypeError) {
        if !(a.type == .text || a.type == .null) {
            throw FunctionTypeError("\(fn) needs text, not \(a.type.displayName)", argument: argument)
        }
    }
    /// Sums and differences keep exact decimals; floats stay floats; ints widen to decimal only when mixed.
    package static func sumType(_ t: DataType) -> DataType { t == .null ? .int : t }
}
