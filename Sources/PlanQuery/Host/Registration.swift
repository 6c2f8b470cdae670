/// Tables a host gives the engine: rows it holds, `Codable` values, columns, data in
/// memory (CSV, TSV, JSON, JSONL), and files read through the engine's file policy.
extension Engine {
    public func register(_ table: Table, as name: String) {
        env.catalog.register(table, as: name)
    }

    /// Registers rows of a host's `Encodable` struct: one column per property, in
    /// declaration order, typed from the values (`ExactDecimal`, `FiscalYear`,
    /// `CalendarDate`, `YearMonth` keep their planq types; optionals may be null).
    public func register<Row: Encodable>(_ rows: [Row], as name: String) throws {
        var names: [String] = []
        var index: [String: Int] = [:]
        var valueRows: [[Value]] = []
        valueRows.reserveCapacity(rows.count)
        for row in rows {
            var values = [Value](repeating: .null, count: names.count)
            for (field, value) in try RowEncoder.fields(of: row) {
                if let i = index[field] {
                    values[i] = value
                } else {
                    index[field] = names.count
                    names.append(field)
                    values.append(value)
                }
            }
            valueRows.append(values)
        }
        register(try Engine.typedTable(names: names, rows: valueRows, name: name), as: name)
    }

    /// Registers columns given by name, in order: `["unit": [...], "gross": [...]]`.
    public func register(columns: KeyValuePairs<String, [Value]>, as name: String) throws {
        let counts = Set(columns.map(\.value.count))
        guard counts.count <= 1 else {
            let described = columns.map { "\($0.key): \($0.value.count)" }.joined(separator: ", ")
            throw PlanQueryError(.error(.usage, "the columns of `\(name)` differ in length (\(described))", at: nil))
        }
        let rowCount = counts.first ?? 0
        let rows = (0..<rowCount).map { r in columns.map { $0.value[r] } }
        register(try Engine.typedTable(names: columns.map(\.key), rows: rows, name: name), as: name)
    }

    /// Registers data held in memory: CSV, TSV, JSON or JSONL text (`format` nil: sniffed).
    /// It is typed as a file would be; the loader's findings go to `onWarning`.
    public func register(data: [UInt8], format: TabularFormat? = nil, as name: String) throws {
        var options = LoadOptions()
        options.format = format
        let (table, report) = try withRun { _ in
            do {
                return try TabularLoader.load(bytes: data, name: name, options: options)
            } catch let d as Diagnostic {
                throw PlanQueryError(d)
            }
        }
        for w in report.warnings { onWarning(w) }
        register(table, as: name)
    }

    /// Registers a data file (CSV, TSV, JSON, JSONL, a plan document) as a table, read through
    /// the engine's file policy when a query first needs it.
    public func registerFile(_ path: String, as name: String, options: ReadOptions = ReadOptions()) {
        env.catalog.register(FileTableSource(path: path, options: options), as: name)
    }

    /// Removes a registered table.
    public func unregister(_ name: String) {
        env.catalog.remove(name)
    }

    /// A table from rows of values, refusing a column that mixes types (text and numbers):
    /// the host meant one type per column.
    static func typedTable(names: [String], rows: [[Value]], name: String) throws -> Table {
        for c in names.indices {
            var type = DataType.null
            for (r, row) in rows.enumerated() where c < row.count {
                guard let unified = DataType.unify(type, row[c].type) else {
                    throw PlanQueryError(.error(.type, "column `\(names[c])` of `\(name)` mixes \(type.displayName) and \(row[c].type.displayName) (row \(r + 1))", at: nil))
                }
                type = unified
            }
        }
        return Table(names: names, rows: rows)
    }
}

/// Host functions: the function set is the host's to shape.
extension Engine {
    /// Adds a scalar function computed value by value in Swift. Arguments arrive as values
    /// (null arguments give a null result without a call); a thrown error becomes a runtime
    /// error naming the function and the row.
    ///
    ///     engine.addFunction("vat", parameters: ["net"], returns: .decimal) { args in
    ///         guard let net = args[0].decimalValue, let vat = net.multiplied(by: ExactDecimal(units: 2, scale: 1))
    ///         else { return .null }
    ///         return .decimal(vat)
    ///     }
    public func addFunction(_ name: String, parameters: [String], returns type: DataType, format: ValueFormat = .plain,
                            summary: String = "a function the host added",
                            _ body: @escaping @Sendable ([Value]) throws -> Value) throws {
        guard Engine.isIdentifier(name) else {
            throw PlanQueryError(.error(.usage, "`\(name)` is not a name planq can call (letters, digits and _, not starting with a digit)", at: nil))
        }
        removeFunction(name)
        let function = ScalarFunction(name, params: parameters.map { .required($0) }, help: FunctionHelp("host", summary, example: "", result: ""),
                                      type: { _ in (type, format) }, row: { args in
            let result = try body(args)
            guard result.isNull || result.type == type || (result.type.isNumeric && type.isNumeric) else {
                throw FunctionTypeError("returned \(result.type.displayName), not the declared \(type.displayName)")
            }
            return result
        })
        env.registry.add(function)
    }

    /// Removes a function (built-in or added) and its aliases: a snippet calling it gets
    /// "unknown function". Returns whether there was one.
    @discardableResult
    public func removeFunction(_ name: String) -> Bool {
        env.registry.remove(name)
    }

    /// The names of the functions snippets can call (canonical names; aliases not listed).
    public var functionNames: [String] { env.registry.order }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
