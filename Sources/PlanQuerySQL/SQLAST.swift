/// The SQL that the lowering builds and the printer writes: just the shapes planq needs
/// (a chain of common table expressions, SELECTs, UNION ALL), not a general SQL grammar.
/// Identifiers and string literals are held unquoted and quoted by the printer, per dialect,
/// so no user text ever reaches the output unescaped.
package indirect enum SQLExpr: Sendable {
    /// A column, optionally qualified by a relation alias.
    case column(String, table: String? = nil)
    /// SQL text written by the generator itself: numbers, keywords, operators. Never user text.
    case raw(String)
    /// A string literal; escaped by the printer.
    case string(String)
    case binary(SQLExpr, String, SQLExpr)
    case prefix(String, SQLExpr)
    case postfix(SQLExpr, String)
    case call(String, [SQLExpr])
    /// Function-map text such as `ROUND({0}, {1})`, arguments substituted by position.
    case template(String, [SQLExpr])
    case caseWhen([(SQLExpr, SQLExpr)], otherwise: SQLExpr?)
    case cast(SQLExpr, String)
    case window(SQLExpr, partition: [SQLExpr], order: [SQLOrder], frame: String?)
    case aggregate(String, [SQLExpr], distinct: Bool, filter: SQLExpr?, order: [SQLOrder])
    /// `EXISTS (SELECT 1 FROM … WHERE …)`.
    case exists(SQLSelect)
    case star

    static let null = SQLExpr.raw("NULL")
    static let `true` = SQLExpr.raw("TRUE")
    static let `false` = SQLExpr.raw("FALSE")
    static func int(_ i: Int) -> SQLExpr { .raw(String(i)) }
}

package struct SQLOrder: Sendable {
    package var expr: SQLExpr
    package var descending: Bool
    /// planq sorts nulls last in both directions.
    package var nullsLast: Bool = true
}

package indirect enum SQLFrom: Sendable {
    case table(String, alias: String?)
    case join(SQLFrom, kind: String, SQLFrom, on: SQLExpr?)
}

package struct SQLSelect: Sendable {
    package var items: [(expr: SQLExpr, alias: String?)]
    package var from: SQLFrom?
    package var whereClause: SQLExpr?
    package var groupBy: [SQLExpr] = []
    package var orderBy: [SQLOrder] = []
    package var limit: Int?

    init(items: [(expr: SQLExpr, alias: String?)], from: SQLFrom?, whereClause: SQLExpr? = nil,
         groupBy: [SQLExpr] = [], orderBy: [SQLOrder] = [], limit: Int? = nil) {
        self.items = items
        self.from = from
        self.whereClause = whereClause
        self.groupBy = groupBy
        self.orderBy = orderBy
        self.limit = limit
    }
}

/// One SELECT, or several stacked with UNION ALL.
package enum SQLBody: Sendable {
    case select(SQLSelect)
    case unionAll([SQLSelect])
}

/// `WITH name AS (...), ... SELECT ...`: the lowering's output.
package struct SQLQuery: Sendable {
    package var ctes: [(name: String, body: SQLBody)]
    package var body: SQLSelect
}
