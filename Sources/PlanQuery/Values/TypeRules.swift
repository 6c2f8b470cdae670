/// The result type and display format of arithmetic on two operands: the type system's
/// rules, kept beside `DataType` so the resolver, the SQL lowering and docs read one table.
/// nil means the operation is not defined for those types (a type error at resolution).
enum TypeRules {
    static func arithmeticType(_ op: BinaryOp, _ a: DataType, _ b: DataType) -> DataType? {
        if a == .null && b == .null { return .null }
        if a.isNumeric || b.isNumeric, a == .null || b == .null {
            let t = a == .null ? b : a
            return op == .divide ? .float : t
        }
        if a.isNumeric && b.isNumeric {
            if op == .divide { return .float }
            if a == .float || b == .float { return .float }
            if a == .decimal || b == .decimal { return .decimal }
            return .int
        }
        switch (a, op, b) {
        case (.fiscalYear, .add, .int), (.fiscalYear, .subtract, .int), (.int, .add, .fiscalYear): return .fiscalYear
        case (.fiscalYear, .subtract, .fiscalYear): return .int
        case (.date, .add, .int), (.date, .subtract, .int), (.int, .add, .date): return .date
        case (.date, .subtract, .date): return .int
        case (.month, .add, .int), (.month, .subtract, .int): return .month
        case (.month, .subtract, .month): return .int
        case (.text, .add, .text): return .text
        case (.null, _, .fiscalYear), (.fiscalYear, _, .null): return .fiscalYear
        case (.null, _, .date), (.date, _, .null): return .date
        case (.null, .add, .text), (.text, .add, .null): return .text
        default: return nil
        }
    }

    /// Arithmetic keeps what a number is (money in £000s stays money in £000s) but not how a
    /// spec chose to show its operands: a new value gets the defaults.
    static func arithmeticFormat(_ op: BinaryOp, _ a: ValueFormat, _ b: ValueFormat) -> ValueFormat {
        let a = a.meaning, b = b.meaning
        switch op {
        case .add, .subtract: return a.kind != .plain ? a : b
        case .multiply:
            if a.kind == .plain { return b.kind == .percent ? .plain : b }
            if b.kind == .plain { return a.kind == .percent ? .plain : a }
            return .plain
        case .divide: return a.kind == .money && b.kind == .plain ? a : .plain
        default: return a
        }
    }
}
