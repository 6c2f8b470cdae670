/// Rows of a host's `Codable` structs in and out of tables: `engine.register(rows, as:)`
/// and `table.decode([Row].self)`. Written by hand because the library may not import
/// Foundation (whose JSON coders would also lose exact decimals and financial years); only
/// flat rows are supported — a property is one column.

// MARK: encoding

/// Encodes one row into (column, value) pairs in property order.
final class RowEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    var fields: [(String, Value)] = []

    static func fields<T: Encodable>(of row: T) throws -> [(String, Value)] {
        let encoder = RowEncoder()
        if let v = try RowEncoder.typedValue(row) {
            throw PlanQueryError(.error(.usage, "a registered row must be a struct with properties, not a single \(v.type.displayName) value", at: nil))
        }
        try row.encode(to: encoder)
        return encoder.fields
    }

    /// planq's own value types, kept typed instead of encoded as text.
    static func typedValue<T: Encodable>(_ value: T) throws -> Value? {
        switch value {
        case let v as any ValueConvertible: return v.planValue
        case let v as Int8: return .int(Int(v))
        case let v as Int16: return .int(Int(v))
        case let v as Int32: return .int(Int(v))
        case let v as Int64: return .int(Int(v))
        case let v as UInt8: return .int(Int(v))
        case let v as UInt16: return .int(Int(v))
        case let v as UInt32: return .int(Int(v))
        case let v as UInt:
            guard let i = Int(exactly: v) else { throw RowEncoder.tooLarge(String(v)) }
            return .int(i)
        case let v as UInt64:
            guard let i = Int(exactly: v) else { throw RowEncoder.tooLarge(String(v)) }
            return .int(i)
        case let v as Float: return .float(Double(v))
        default: return nil
        }
    }

    static func tooLarge(_ text: String) -> PlanQueryError {
        PlanQueryError(.error(.usage, "\(text) is too large for planq's 64-bit integers", at: nil))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(FieldContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        RefusingUnkeyed(codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        RefusingSingle(codingPath: codingPath)
    }

    struct FieldContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: RowEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil(forKey key: Key) throws { encoder.fields.append((key.stringValue, .null)) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            if let v = try RowEncoder.typedValue(value) {
                encoder.fields.append((key.stringValue, v))
                return
            }
            // A type that encodes as one value (an enum with a raw value, a wrapper).
            let inner = SingleValueCapture(codingPath: codingPath + [key])
            try value.encode(to: inner)
            guard let v = inner.value else {
                throw PlanQueryError(.error(.usage, "property `\(key.stringValue)` is not a single value; a registered row's properties are columns (numbers, text, dates, decimals, financial years)", at: nil))
            }
            encoder.fields.append((key.stringValue, v))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(FieldContainer<NestedKey>(encoder: RowEncoder()))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { RefusingUnkeyed(codingPath: codingPath) }
        mutating func superEncoder() -> any Encoder { RowEncoder() }
        mutating func superEncoder(forKey key: Key) -> any Encoder { RowEncoder() }
    }

    /// Takes the single value a property's type encodes itself as.
    final class SingleValueCapture: Encoder, SingleValueEncodingContainer {
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] = [:]
        var value: Value?
        init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(FieldContainer<Key>(encoder: RowEncoder()))
        }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { RefusingUnkeyed(codingPath: codingPath) }
        func singleValueContainer() -> any SingleValueEncodingContainer { self }

        func encodeNil() throws { value = .null }
        func encode(_ v: Bool) throws { value = .bool(v) }
        func encode(_ v: String) throws { value = .text(v) }
        func encode(_ v: Double) throws { value = .float(v) }
        func encode(_ v: Int) throws { value = .int(v) }
        func encode<T: Encodable>(_ v: T) throws {
            if let typed = try RowEncoder.typedValue(v) { value = typed; return }
            try v.encode(to: self)
        }
    }

    struct RefusingUnkeyed: UnkeyedEncodingContainer {
        var codingPath: [any CodingKey]
        var count: Int { 0 }
        func refuse() -> PlanQueryError {
            let name = codingPath.last?.stringValue ?? "a row"
            return PlanQueryError(.error(.usage, "`\(name)` is a list; a registered row's properties are single values", at: nil))
        }
        mutating func encodeNil() throws { throw refuse() }
        mutating func encode<T: Encodable>(_ value: T) throws { throw refuse() }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(FieldContainer<NestedKey>(encoder: RowEncoder()))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
        mutating func superEncoder() -> any Encoder { RowEncoder() }
    }

    struct RefusingSingle: SingleValueEncodingContainer {
        var codingPath: [any CodingKey]
        func refuse() -> PlanQueryError {
            PlanQueryError(.error(.usage, "a registered row must be a struct with properties, not a single value", at: nil))
        }
        mutating func encodeNil() throws { throw refuse() }
        mutating func encode<T: Encodable>(_ value: T) throws { throw refuse() }
    }
}

// MARK: decoding

/// Decodes one row of a table into a host's `Decodable` type, by column name.
struct RowDecoder: Decoder {
    let table: Table
    let row: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(FieldContainer<Key>(table: table, row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw PlanQueryError(.error(.usage, "decode a table into a struct with one property per column, not a list", at: nil))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw PlanQueryError(.error(.usage, "decode a table into a struct with one property per column, not a single value", at: nil))
    }

    struct FieldContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let table: Table
        let row: Int
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { table.columnNames.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { table.columnIndex(named: key.stringValue) != nil }

        func value(_ key: Key) throws -> Value {
            guard let c = table.columnIndex(named: key.stringValue) else {
                throw PlanQueryError(.error(.usage, "the result has no column `\(key.stringValue)`", at: nil,
                                            hints: ["its columns: " + table.columnNames.joined(separator: ", ")]))
            }
            return table.columns[c][row]
        }

        func decodeNil(forKey key: Key) throws -> Bool { try value(key).isNull }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let v = try value(key)
            if let convertible = T.self as? any ValueConvertible.Type {
                if let converted = convertible.init(planValue: v) as? T { return converted }
                throw mismatch(v, key, T.self)
            }
            if let converted = try RowDecoder.smallInteger(v, T.self) { return converted }
            // A type that decodes from one value (an enum with a raw value, a wrapper).
            return try T(from: SingleValueSource(value: v, key: key.stringValue, row: row))
        }

        func mismatch<T>(_ v: Value, _ key: Key, _ type: T.Type) -> PlanQueryError {
            let found = v.isNull ? "null (use an optional property)" : "\(v.type.displayName) \(v.literalText)"
            return PlanQueryError(.error(.type, "row \(row + 1), column `\(key.stringValue)`: cannot read \(found) as \(type)", at: nil))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            throw PlanQueryError(.error(.usage, "column `\(key.stringValue)` is one value, not a nested struct", at: nil))
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw PlanQueryError(.error(.usage, "column `\(key.stringValue)` is one value, not a list", at: nil))
        }
        func superDecoder() throws -> any Decoder { RowDecoder(table: table, row: row) }
        func superDecoder(forKey key: Key) throws -> any Decoder { RowDecoder(table: table, row: row) }
    }

    /// Int8…UInt64 and Float, converted only when the value fits exactly.
    static func smallInteger<T>(_ v: Value, _ type: T.Type) throws -> T? {
        func exact<I: FixedWidthInteger>(_: I.Type) -> I? { Int(planValue: v).flatMap { I(exactly: $0) } }
        switch type {
        case is Int8.Type: return exact(Int8.self) as? T
        case is Int16.Type: return exact(Int16.self) as? T
        case is Int32.Type: return exact(Int32.self) as? T
        case is Int64.Type: return exact(Int64.self) as? T
        case is UInt8.Type: return exact(UInt8.self) as? T
        case is UInt16.Type: return exact(UInt16.self) as? T
        case is UInt32.Type: return exact(UInt32.self) as? T
        case is UInt64.Type: return exact(UInt64.self) as? T
        case is UInt.Type: return exact(UInt.self) as? T
        case is Float.Type: return v.doubleValue.map { Float($0) } as? T
        default: return nil
        }
    }

    /// One cell handed to a type's own `init(from:)` (a raw-value enum reads it as text or a number).
    struct SingleValueSource: Decoder, SingleValueDecodingContainer {
        let value: Value
        let key: String
        let row: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            throw PlanQueryError(.error(.usage, "column `\(key)` is one value, not a nested struct", at: nil))
        }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            throw PlanQueryError(.error(.usage, "column `\(key)` is one value, not a list", at: nil))
        }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

        func decodeNil() -> Bool { value.isNull }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if let convertible = T.self as? any ValueConvertible.Type, let converted = convertible.init(planValue: value) as? T {
                return converted
            }
            if let converted = try RowDecoder.smallInteger(value, T.self) { return converted }
            let found = value.isNull ? "null" : "\(value.type.displayName) \(value.literalText)"
            throw PlanQueryError(.error(.type, "row \(row + 1), column `\(key)`: cannot read \(found) as \(T.self)", at: nil))
        }
    }
}
