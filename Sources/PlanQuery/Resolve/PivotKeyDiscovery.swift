/// How binding learns the columns `pivot` makes. They are the distinct values of the pivot's
/// key column, which only the data knows; binding itself never reads data, so whoever binds
/// says where the values come from: the local executor (running a query), a SQL engine (a
/// discovery query there), or nobody (validation, which then checks the rest of the pipeline
/// taking the names it uses to be pivot columns).
package protocol PivotKeyDiscovery {
    /// The distinct non-null values of the single column of `keys` (a plan over the pivot's
    /// input), in ascending order; nil when they cannot be known.
    func distinctValues(_ keys: QueryPlan) throws -> [Value]?
}

/// Validation without data: pivot columns are not known.
package struct NoPivotKeyDiscovery: PivotKeyDiscovery {
    package init() {}
    package func distinctValues(_ keys: QueryPlan) throws -> [Value]? { nil }
}

/// The local engine: runs the key query on the local executor.
struct LocalPivotKeyDiscovery: PivotKeyDiscovery {
    let run: (QueryPlan) throws -> Table

    func distinctValues(_ keys: QueryPlan) throws -> [Value]? {
        let column = try run(keys).columns[0]
        let ordered = try Sorting.order(rows: Array(0..<column.count), keys: [(column, descending: false)])
        return ordered.map { column[$0] }.filter { !$0.isNull }
    }
}
